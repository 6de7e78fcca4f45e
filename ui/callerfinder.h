#pragma once

#include "core/services/customersearch.h"

#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace rapport {

class Workspace;

// CallerFinder finds the customer on the line from what the agent types while the caller talks:
// a name, an organisation, an e-mail address, or a phone number in any form ("030 1234567",
// "+49 30 1234567", the last digits). Matches show as the agent types; Up and Down pick among
// them and Enter takes the one picked (the best match unless another was picked). Once a
// customer is taken the field shows who it is; typing again searches anew.
class CallerFinder final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int MaxMatches = 8;

    explicit CallerFinder(Workspace &workspace, QWidget *parent = nullptr);

    // Takes the customer without a search (a customer already open); false when it is gone.
    bool setCustomer(qint64 customerId);
    void clear();
    qint64 customerId() const { return m_customerId; }
    QString customerName() const { return m_customerName; }
    QLineEdit *lineEdit() const { return m_edit; }
    // The matches shown for the text typed (runs a search still pending first).
    int matchCount();

Q_SIGNALS:
    void customerChosen(qint64 customerId, const QString &name);
    void customerCleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void textEdited();
    void search();
    void takeCurrent();
    void choose(qint64 id, const QString &name, const QString &details);
    QString phoneShown(const SearchCandidate &c, const QString &typed) const;

    Workspace &m_workspace;
    CustomerSearch m_search;
    QLineEdit *m_edit;
    QListWidget *m_matches;
    QLabel *m_chosen;
    QLabel *m_hint;
    QTimer m_debounce;
    qint64 m_customerId = 0;
    QString m_customerName;
};

} // namespace rapport
