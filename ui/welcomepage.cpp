#include "ui/welcomepage.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rapport {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("No database is open"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    auto *hint = new QLabel(tr("Create a new customer database, or open one you already have."),
                            this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);

    auto *create = new QPushButton(tr("&New Database…"), this);
    auto *open = new QPushButton(tr("&Open Database…"), this);
    connect(create, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(open, &QPushButton::clicked, this, &WelcomePage::openRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(create);
    buttons->addWidget(open);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

} // namespace rapport
