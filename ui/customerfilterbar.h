#pragma once

#include "core/storage/customerlistfilter.h"
#include "core/storage/customerlistrepository.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFontMetrics;
class QFrame;
class QLabel;
class QToolButton;

namespace rapport {

// CustomerFilterBar is the row of filters above the customer list: stage, owner, kind and tag,
// each a combo box that starts at "any", and a button that clears them all. Every choice
// announces the combined filter at once. The owner and tag choices come from a provider asked
// each time one of those lists opens, so users and tags added meanwhile are there. A filter with
// a selection (a dashboard's drill-down) shows it first, as a chip with its label, its number of
// customers and a ✕ that takes it away (with whatever narrowed it); the boxes narrow it further.
class CustomerFilterBar final : public QWidget
{
    Q_OBJECT
public:
    using ChoiceProvider = std::function<QList<CustomerListChoice>()>;

    explicit CustomerFilterBar(QWidget *parent = nullptr);

    void setChoiceProviders(ChoiceProvider owners, ChoiceProvider tags);
    CustomerListFilter filter() const { return m_filter; }
    // Shows `filter` (without announcing it); owners and tags it names are added when unknown.
    void setFilter(const CustomerListFilter &filter);

    QComboBox *stageBox() const { return m_stage; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *tagBox() const { return m_tag; }
    // The selection's chip (hidden without a selection), its text and its ✕; the list places
    // the chip on a line of its own.
    QFrame *selectionChip() const { return m_chip; }
    QLabel *selectionLabel() const { return m_chipText; }
    QToolButton *selectionCloseButton() const { return m_chipClose; }
    // The filters in force, one phrase each, for a message ("the selection “At risk”", "stage
    // Lead", "owner Anna"); empty when every customer passes.
    QStringList activeFilters() const;

    // `text` cut to `width` pixels at the end of a word, with "…"; a single word too long is cut
    // where it must.
    static QString elideAtWords(const QString &text, const QFontMetrics &metrics, int width);

public Q_SLOTS:
    // Clears every filter, the selection too: every customer again.
    void clear();
    // Takes the selection away, and the filters that narrowed it: every customer again.
    void clearSelection();

Q_SIGNALS:
    void filterChanged(const rapport::CustomerListFilter &filter);

private:
    void refillOwners();
    void refillTags();
    void readBoxes();
    void showFilter();
    void showSelection();

    QComboBox *m_stage;
    QComboBox *m_owner;
    QComboBox *m_kind;
    QComboBox *m_tag;
    QToolButton *m_clear;
    QFrame *m_chip;
    QLabel *m_chipText;
    QToolButton *m_chipClose;
    ChoiceProvider m_owners;
    ChoiceProvider m_tags;
    CustomerListFilter m_filter;
    bool m_showing = false;
};

} // namespace rapport
