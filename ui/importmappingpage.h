#pragma once

#include "core/io/importmapping.h"

#include <QStringList>
#include <QWizardPage>

#include <vector>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;
class QScrollArea;
class QSettings;

namespace rapport {

class ImportWizard;

// The wizard's second page: one row per column of the file with its header, a few of its
// values and where it goes (a customer field, or Ignore). The targets start as Rapport's
// suggestions (with how sure each one is, in small print), or as the mapping chosen the last time
// a file with the same headers was imported on this computer; a mapping can also be saved to a
// JSON file and loaded again (the same file `rapport-cli import customers --mapping` reads).
// Columns with no value in the first rows are folded away until asked for (Google's export has
// dozens of them). Going on remembers the mapping for these headers.
class ImportMappingPage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;

    // The target box of the file's column `column`; null when there is no such column.
    QComboBox *targetBox(int column) const;
    QCheckBox *showEmptyBox() const { return m_showEmpty; }
    QPushButton *loadButton() const { return m_load; }
    QPushButton *saveButton() const { return m_save; }
    QString noteText() const;
    bool isColumnShown(int column) const;

    void loadMapping();
    void saveMapping();

    // The mapping last used for files with these headers (QSettings), if any.
    static std::optional<io::ImportMapping> rememberedMapping(const QStringList &headers);
    static void rememberMapping(const io::ImportMapping &mapping);

private:
    struct Row
    {
        QLabel *header = nullptr;
        QLabel *samples = nullptr;
        QComboBox *target = nullptr;
        QLabel *confidence = nullptr;
        bool empty = false; // no value in the preview's rows
    };

    // Where the targets of the columns known exactly came from, for the small print.
    enum class Origin { Suggested, Remembered, Loaded };

    void build();
    void fillRow(int column);
    void targetChosen(int column);
    void showEmptyColumns(bool show);
    void showNote(const QString &text, bool problem = false);
    static QString settingsKey(const QStringList &headers);

    ImportWizard *m_wizard;
    QLabel *m_note;
    QScrollArea *m_scroll;
    QWidget *m_rowsWidget = nullptr;
    QGridLayout *m_grid = nullptr;
    QCheckBox *m_showEmpty;
    QPushButton *m_load;
    QPushButton *m_save;
    std::vector<Row> m_rows;
    QStringList m_builtFor; // the headers the rows show
    Origin m_origin = Origin::Suggested;
};

} // namespace rapport
