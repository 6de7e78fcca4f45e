#pragma once

#include <QKeyEvent>
#include <QPainter>
#include <QTableView>

#include <functional>

namespace rapport {

// The table of the list: fixed row heights (so a million rows cost nothing to lay out), whole
// rows selected, and a line of text in the middle when there is nothing to show.
class CustomerTable final : public QTableView
{
public:
    using QTableView::QTableView;
    QString placeholder;
    std::function<bool()> escape;               // true when it did something with the key
    std::function<void(const QString &)> typed; // letters typed in the table (see below)

    // Qt's type-to-find matches the text against the model row by row, which in a list of a
    // million customers pages through all of them on the GUI thread (a freeze of seconds to
    // minutes); letters typed in the table go to `typed` (the search field) instead.
    void keyboardSearch(const QString &search) override
    {
        if (typed && !search.isEmpty())
            typed(search);
    }

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && escape
            && escape()) {
            event->accept();
            return;
        }
        QTableView::keyPressEvent(event);
    }

    void paintEvent(QPaintEvent *event) override
    {
        QTableView::paintEvent(event);
        if (placeholder.isEmpty() || (model() && model()->rowCount() > 0))
            return;
        QPainter painter(viewport());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap,
                         placeholder);
    }
};

} // namespace rapport
