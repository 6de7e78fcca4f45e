#pragma once

#include "core/domain/permission.h"
#include "core/domain/phonenumber.h"
#include "core/domain/relationship.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace rapport {

class CustomerMatchModel;
class Database;
class FieldMessage;
class RelationshipRow;

// RelationshipList edits the links of one customer in place: the ones stored (kind and the other
// customer fixed, the role editable, removable) and new ones, whose other customer is found by
// typing part of a name, an e-mail address or a phone number (search as you type over
// CustomerSearch) and picking it from the list.
class RelationshipList final : public QWidget
{
    Q_OBJECT
public:
    explicit RelationshipList(QWidget *parent = nullptr);

    // The database to search and how to read phone numbers; needed before rows are added.
    // `scope`: the customers a link may be chosen to (AccessPolicy::scope(Permission::View)).
    void setSearch(const Database *db, PhoneNormalizer phones, CustomerScope scope = {});
    // `self` is the customer edited (0 while it is new); `names` the other customers' names.
    void setRelationships(qint64 self,
                          const QList<Relationship> &links,
                          const QHash<qint64, QString> &names);
    RelationshipRow *addRow();
    void removeRow(RelationshipRow *row);
    QList<RelationshipRow *> rows() const { return m_rows; }

    bool validate();
    // The links as the rows say (valid only after validate() returned true).
    QList<Relationship> relationships() const;
    QWidget *firstInvalidField() const;
    QList<QWidget *> tabChain() const;
    // The names of every customer the rows link to, by id.
    QHash<qint64, QString> names() const;

    qint64 self() const { return m_self; }
    const Database *database() const { return m_db; }
    const PhoneNormalizer &phones() const { return m_phones; }
    const CustomerScope &scope() const { return m_scope; }

Q_SIGNALS:
    void changed();
    void rowsChanged();

private:
    void adopt(RelationshipRow *row, int at);

    const Database *m_db = nullptr;
    CustomerScope m_scope;
    PhoneNormalizer m_phones;
    qint64 m_self = 0;
    QVBoxLayout *m_layout;
    QList<RelationshipRow *> m_rows;
};

// One link being edited.
class RelationshipRow final : public QWidget
{
    Q_OBJECT
public:
    // A stored link (its id is set) or a new one (id 0).
    RelationshipRow(const Relationship &link, const QString &otherName, RelationshipList *list);

    bool isNew() const { return m_link.id == 0; }
    Result<Relationship> relationship() const;
    bool validate();
    bool hasMessage() const;
    QWidget *firstField() const;
    QList<QWidget *> tabChain() const;
    qint64 otherId() const { return m_otherId; }
    QString otherName() const { return m_otherName; }
    // Chooses the other customer as if picked from the suggestions (for tests and drops).
    void chooseOther(qint64 id, const QString &name);
    QLineEdit *searchField() const { return m_search; }
    QCompleter *completer() const { return m_completer; }

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void onSearchEdited(const QString &text);

    RelationshipList *m_list;
    Relationship m_link;
    qint64 m_otherId = 0;
    QString m_otherName;
    QComboBox *m_kind = nullptr;       // new links
    QLineEdit *m_search = nullptr;     // new links: the other customer
    QCompleter *m_completer = nullptr; // new links
    CustomerMatchModel *m_matches = nullptr;
    QLineEdit *m_role = nullptr;
    FieldMessage *m_message = nullptr;
};

} // namespace rapport
