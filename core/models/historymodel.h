#pragma once

#include "core/models/historywording.h"
#include "core/services/historyservice.h"

#include <QAbstractTableModel>
#include <QJsonObject>

namespace rapport {

class ChangeBus;
class Database;
struct ChangeNotice;

// HistoryModel lists the history entries of a HistoryFilter, newest first, for the 360° view's
// History tab and the audit view: when, who, what ("Changed customer"), the field and old → new.
// An update shows one row per changed field (the later rows of an entry leave when/who/what
// blank, so an entry reads as one block); every other entry is one row with a short summary.
//
// The history grows to millions of entries, so the model holds only what was scrolled to: it
// reads pages of PageSize entries by id (keyset paging through HistoryService, a page costs the
// same at any depth) as the view asks for more (canFetchMore/fetchMore). A change notice on the
// bus re-reads the newest page and inserts the new entries at the top.
class HistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, What, Field, Change, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        EntryIdRole = Qt::UserRole,
        CustomerIdRole, // 0: the entry belongs to no customer
        BatchRole,
        FieldKeyRole, // the changed column as stored ("first_name"); empty for a one-row entry
        OperationRole,
        EntityRole,
    };

    static constexpr int PageSize = 200;

    HistoryModel(const Database &db, ChangeBus *bus, QObject *parent = nullptr);

    // Shows the entries of `filter` from the newest (resets the model, reads the first page).
    void setFilter(const HistoryFilter &filter);
    const HistoryFilter &filter() const { return m_filter; }
    // The fields the filter's entries changed, ignoring its field (a field filter's choices), as
    // stored; fieldName() gives their names.
    QStringList fields();
    static QString fieldName(const QString &entity, const QString &field)
    {
        return HistoryWording::fieldName(entity, field);
    }
    // How many entries the filter selects (counts in the database: cheap for one customer,
    // a scan for the whole history with a field filter).
    qint64 count();
    // How many pages were read since the last setFilter() (tests check the model stays lazy).
    int pagesRead() const { return m_pagesRead; }
    // Narrow views (the 360° view's side panel) show what and the field inside the Change
    // column ("Stage: Active → Lapsed", "Added phone number: +49…") and hide the What and Field
    // columns.
    void setCompact(bool compact);
    bool isCompact() const { return m_compact; }
    // How many entries are held.
    int entryCount() const { return int(m_entries.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

public Q_SLOTS:
    // Reads the users' names again and the newest page (for a change the bus did not carry).
    void refresh();

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    struct Entry
    {
        HistoryEntry entry;
        QJsonObject changes;
    };
    struct Row
    {
        int entry; // index into m_entries
        QString field;
        bool first;
    };

    void onChange(const ChangeNotice &notice);
    void readUsers();
    Result<QList<HistoryEntry>> readPage(qint64 beforeId);
    int append(QList<HistoryEntry> page, bool announce = false);
    QList<Row> rowsOf(const Entry &entry, int index) const;
    QString changeText(const Entry &entry, const QString &field) const;
    QString compactChange(const Entry &entry, const QString &field) const;

    HistoryService m_service;
    const Database &m_db;
    HistoryWording m_wording;
    HistoryFilter m_filter;
    QList<Entry> m_entries; // in the order read (rows refer to them by index)
    QList<Row> m_rows;      // newest first
    qint64 m_newestId = 0;
    qint64 m_oldestId = 0;
    bool m_atEnd = true;
    int m_pagesRead = 0;
    bool m_compact = false;
    bool m_changing = false; // announcing a change: fetchMore() waits
};

} // namespace rapport
