#pragma once

#include <QWidget>

namespace rapport {

// WelcomePage is what the window shows while no database is open: a line saying so and the two
// ways forward, creating a new database or opening one.
class WelcomePage final : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

Q_SIGNALS:
    void newRequested();
    void openRequested();
};

} // namespace rapport
