#pragma once

#include "core/io/csvreader.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace rapport {

class FieldMessage;
class ImportWizard;

// The wizard's first page: the file, how it is read and a preview of its first rows. What
// Rapport detected (encoding, delimiter, header row, date order, decimal mark) is shown in combo
// boxes marked "detected", and changing one reads the file again at once, so the preview shows
// what the import will see (a Windows-1252 file read as UTF-8 shows its broken accents here,
// not after the import). A file that cannot be imported (empty, binary, a header without rows,
// unreadable) is said in one sentence under its name.
class ImportFilePage final : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard *wizard);

    bool openFile(const QString &path);
    bool isComplete() const override;

    QLineEdit *pathEdit() const { return m_path; }
    QTableWidget *preview() const { return m_preview; }
    QComboBox *encodingBox() const { return m_encoding; }
    QComboBox *delimiterBox() const { return m_delimiter; }
    QCheckBox *headerBox() const { return m_header; }
    QComboBox *datesBox() const { return m_dates; }
    QComboBox *decimalsBox() const { return m_decimals; }
    QString problemText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void chooseFile();
    void showDialect(const io::CsvDialect &dialect);
    void markDetected(const io::CsvDialect &detected);
    void dialectEdited();
    void fillPreview();
    void showProblem(const QString &message);

    ImportWizard *m_wizard;
    QLineEdit *m_path;
    QPushButton *m_choose;
    FieldMessage *m_problem;
    QGroupBox *m_dialectBox;
    QComboBox *m_encoding;
    QComboBox *m_delimiter;
    QCheckBox *m_header;
    QComboBox *m_dates;
    QComboBox *m_decimals;
    QLabel *m_previewLabel;
    QTableWidget *m_preview;
    bool m_filling = false; // the combos are being set from the source, not by the user
};

} // namespace rapport
