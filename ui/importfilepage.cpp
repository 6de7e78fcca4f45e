#include "ui/importfilepage.h"

#include "core/io/importsource.h"
#include "ui/fieldmessage.h"
#include "ui/importwizard.h"

#include <QApplication>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace rapport {
namespace {

constexpr int PreviewRows = 20;
constexpr int BaseTextRole = Qt::UserRole + 1;

QComboBox *newChoiceBox(const QString &name,
                        const std::vector<std::pair<QString, int>> &items,
                        QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    for (const auto &[text, value] : items) {
        box->addItem(text, value);
        box->setItemData(box->count() - 1, text, BaseTextRole);
    }
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void selectValue(QComboBox *box, int value)
{
    const int index = box->findData(value);
    if (index >= 0)
        box->setCurrentIndex(index);
}

// The detected choice reads "Semicolon (detected)"; the others their plain text. `unknown`
// is the value that says nothing was detected: it is not marked.
void markValue(QComboBox *box, int detected, int unknown = -1)
{
    for (int i = 0; i < box->count(); ++i) {
        const QString base = box->itemData(i, BaseTextRole).toString();
        const int value = box->itemData(i).toInt();
        box->setItemText(i,
                         value == detected && value != unknown
                             ? ImportFilePage::tr("%1 (detected)").arg(base)
                             : base);
    }
}

} // namespace

ImportFilePage::ImportFilePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_path(new QLineEdit(this))
    , m_choose(new QPushButton(tr("&Choose File…"), this))
    , m_problem(new FieldMessage(m_path, this))
    , m_dialectBox(new QGroupBox(tr("How the file is read"), this))
    , m_header(new QCheckBox(tr("The first row &holds the column names"), m_dialectBox))
    , m_previewLabel(new QLabel(this))
    , m_preview(new QTableWidget(this))
{
    using io::DateOrder;
    using io::DecimalMark;
    using io::TextEncoding;
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the File"));
    setSubTitle(tr("A CSV file from a spreadsheet or another program, or a vCard file from an "
                   "address book. Nothing is imported before the last page."));

    m_path->setObjectName(QStringLiteral("importFilePath"));
    m_path->setPlaceholderText(tr("The file's path; Enter opens it"));
    m_path->setClearButtonEnabled(true);
    m_choose->setObjectName(QStringLiteral("importChooseFile"));
    m_choose->setAutoDefault(false);
    connect(m_choose, &QPushButton::clicked, this, &ImportFilePage::chooseFile);
    m_path->installEventFilter(this);

    m_encoding = newChoiceBox(QStringLiteral("importEncoding"),
                              {{tr("UTF-8"), int(TextEncoding::Utf8)},
                               {tr("UTF-8 with BOM"), int(TextEncoding::Utf8Bom)},
                               {tr("UTF-16 little-endian"), int(TextEncoding::Utf16LE)},
                               {tr("UTF-16 big-endian"), int(TextEncoding::Utf16BE)},
                               {tr("Windows-1252 (Western Europe)"),
                                int(TextEncoding::Windows1252)}},
                              m_dialectBox);
    m_delimiter = newChoiceBox(QStringLiteral("importDelimiter"),
                               {{tr("Comma ( , )"), int(u',')},
                                {tr("Semicolon ( ; )"), int(u';')},
                                {tr("Tab"), int(u'\t')}},
                               m_dialectBox);
    m_dates = newChoiceBox(QStringLiteral("importDates"),
                           {{tr("Day first (31.12.2024)"), int(DateOrder::DayFirst)},
                            {tr("Month first (12/31/2024)"), int(DateOrder::MonthFirst)},
                            {tr("Year first (2024-12-31)"), int(DateOrder::Iso)},
                            {tr("Not known: no dates seen"), int(DateOrder::Unknown)}},
                           m_dialectBox);
    m_decimals = newChoiceBox(QStringLiteral("importDecimals"),
                              {{tr("Decimal point (1,234.50)"), int(DecimalMark::Point)},
                               {tr("Decimal comma (1.234,50)"), int(DecimalMark::Comma)},
                               {tr("Not known: no numbers seen"), int(DecimalMark::Unknown)}},
                              m_dialectBox);
    m_header->setObjectName(QStringLiteral("importHeaderRow"));
    for (QComboBox *box : {m_encoding, m_delimiter, m_dates, m_decimals})
        connect(box, &QComboBox::currentIndexChanged, this, &ImportFilePage::dialectEdited);
    connect(m_header, &QCheckBox::toggled, this, &ImportFilePage::dialectEdited);

    // Two columns: the box stays low and leaves the height to the preview.
    auto *left = new QFormLayout;
    left->addRow(tr("&Encoding:"), m_encoding);
    left->addRow(tr("&Separator:"), m_delimiter);
    left->addRow(QString(), m_header);
    auto *right = new QFormLayout;
    right->addRow(tr("&Dates:"), m_dates);
    right->addRow(tr("N&umbers:"), m_decimals);
    auto *columns = new QHBoxLayout(m_dialectBox);
    columns->addLayout(left);
    columns->addSpacing(24);
    columns->addLayout(right);
    columns->addStretch();
    m_dialectBox->setEnabled(false);

    m_previewLabel->setObjectName(QStringLiteral("importPreviewLabel"));
    m_previewLabel->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->setWordWrap(false);
    m_preview->setAlternatingRowColors(true);
    m_preview->horizontalHeader()->setHighlightSections(false);
    m_preview->verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_preview->verticalHeader()->setToolTip(tr("The line in the file"));
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(m_choose);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_problem);
    layout->addWidget(m_dialectBox);
    layout->addWidget(m_previewLabel);
    layout->addWidget(m_preview, 1);
    fillPreview();
}

// Enter in the path opens the file typed there, and only that: the wizard's default button
// (Next) would otherwise take the same key and leave the page before its preview is seen.
bool ImportFilePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (!m_path->text().trimmed().isEmpty())
                openFile(m_path->text().trimmed());
            return true;
        }
    }
    return QWizardPage::eventFilter(watched, event);
}

bool ImportFilePage::isComplete() const
{
    return m_wizard->source() != nullptr;
}

QString ImportFilePage::problemText() const
{
    return m_problem->text();
}

void ImportFilePage::chooseFile()
{
    QString start = m_path->text().trimmed();
    if (start.isEmpty())
        start = QDir::homePath();
    const QString path = m_wizard->askFile(ImportWizard::FileQuestion::OpenFile, start);
    if (!path.isEmpty())
        openFile(path);
}

bool ImportFilePage::openFile(const QString &path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<io::ImportSource> opened = io::ImportSource::open(QDir::fromNativeSeparators(path));
    QApplication::restoreOverrideCursor();
    if (!opened) {
        m_wizard->setSource(std::nullopt);
        showProblem(opened.error().message());
        m_dialectBox->setEnabled(false);
        fillPreview();
        Q_EMIT completeChanged();
        return false;
    }
    m_problem->clearMessage();
    m_wizard->setSource(std::move(opened).value());
    const io::ImportSource &source = *m_wizard->source();
    const bool csv = source.format() == io::ImportSource::Format::Csv;
    m_dialectBox->setEnabled(csv);
    markDetected(source.dialect());
    showDialect(source.dialect());
    fillPreview();
    Q_EMIT completeChanged();
    return true;
}

void ImportFilePage::markDetected(const io::CsvDialect &detected)
{
    markValue(m_encoding, int(detected.encoding));
    markValue(m_delimiter, int(detected.delimiter));
    markValue(m_dates, int(detected.dates), int(io::DateOrder::Unknown));
    markValue(m_decimals, int(detected.decimals), int(io::DecimalMark::Unknown));
    m_header->setText(detected.header ? tr("The first row &holds the column names (detected)")
                                      : tr("The first row &holds the column names"));
}

void ImportFilePage::showDialect(const io::CsvDialect &dialect)
{
    m_filling = true;
    selectValue(m_encoding, int(dialect.encoding));
    selectValue(m_delimiter, int(dialect.delimiter));
    selectValue(m_dates, int(dialect.dates));
    selectValue(m_decimals, int(dialect.decimals));
    m_header->setChecked(dialect.header);
    m_filling = false;
}

// A choice changed: the file is read again with it, and the preview shows the result. A
// dialect the file cannot be read with is refused with its sentence, and the choice goes back.
void ImportFilePage::dialectEdited()
{
    io::ImportSource *source = m_wizard->source();
    if (m_filling || !source)
        return;
    io::CsvDialect dialect = source->dialect();
    dialect.encoding = io::TextEncoding(m_encoding->currentData().toInt());
    dialect.delimiter = char16_t(m_delimiter->currentData().toInt());
    dialect.header = m_header->isChecked();
    dialect.dates = io::DateOrder(m_dates->currentData().toInt());
    dialect.decimals = io::DecimalMark(m_decimals->currentData().toInt());
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status read = source->setDialect(dialect);
    QApplication::restoreOverrideCursor();
    if (read)
        m_problem->clearMessage();
    else
        showProblem(read.error().message());
    showDialect(source->dialect());
    fillPreview();
}

void ImportFilePage::showProblem(const QString &message)
{
    m_problem->showMessage(message);
}

void ImportFilePage::fillPreview()
{
    m_preview->clear();
    const io::ImportSource *source = m_wizard->source();
    if (!source) {
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        m_previewLabel->setText(tr("The first rows of the file are shown here once it is open."));
        return;
    }
    const QStringList &headers = source->headers();
    const std::vector<io::CsvRecord> rows = source->preview(PreviewRows);
    m_preview->setColumnCount(int(headers.size()));
    m_preview->setHorizontalHeaderLabels(headers);
    m_preview->setRowCount(int(rows.size()));
    QStringList lines;
    for (int r = 0; r < int(rows.size()); ++r) {
        const io::CsvRecord &record = rows[std::size_t(r)];
        lines << QLocale().toString(record.line);
        for (int c = 0; c < int(record.fields.size()) && c < int(headers.size()); ++c) {
            // One line per cell: a quoted line break shows as a symbol, not a cut-off row.
            QString text = record.fields[c];
            text.replace(QLatin1Char('\n'), QChar(0x21b5));
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(record.fields[c]);
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->setVerticalHeaderLabels(lines);
    m_preview->resizeColumnsToContents();
    constexpr int MaxColumnWidth = 260;
    for (int c = 0; c < m_preview->columnCount(); ++c)
        m_preview->setColumnWidth(c, std::min(m_preview->columnWidth(c), MaxColumnWidth));
    const QString file = QFileInfo(source->fileName()).fileName();
    const QString kind = source->format() == io::ImportSource::Format::VCard
                             ? tr("a vCard address book, one contact a row")
                             : tr("%n columns", nullptr, int(headers.size()));
    m_previewLabel->setText(
        tr("The first rows of %1 (%2), as the import will read them:").arg(file, kind));
}

} // namespace rapport
