#include "ui/importmappingpage.h"

#include "core/io/importsource.h"
#include "ui/dashboards/chartstyle.h"
#include "ui/importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace rapport {
namespace {

using io::ImportTarget;

constexpr int SampleRows = 20;  // rows read for the samples and for "has no values"
constexpr int SamplesShown = 3; // values shown per column
const QString settingsGroup = QStringLiteral("importMappings");

enum GridColumn { HeaderColumn, SampleColumn, TargetColumn, ConfidenceColumn };

// How sure a suggestion was, in words; the exact figure is in the tooltip. `exact` names where
// a target known for certain came from.
QString confidenceText(const io::ColumnMapping &column, const QString &exact)
{
    if (column.target == ImportTarget::Ignore || column.confidence <= 0)
        return {};
    if (column.confidence >= 0.999)
        return exact;
    if (column.confidence >= 0.6)
        return ImportMappingPage::tr("likely");
    return ImportMappingPage::tr("a guess");
}

QLabel *newMutedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, chartstyle::mutedText(p));
    label->setPalette(p);
    return label;
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_note(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_showEmpty(new QCheckBox(this))
    , m_load(new QPushButton(tr("&Load Mapping…"), this))
    , m_save(new QPushButton(tr("&Save Mapping…"), this))
{
    setObjectName(QStringLiteral("importMappingPage"));
    setTitle(tr("Match the Columns"));
    setSubTitle(tr("Choose where each column goes. Rapport suggests what it recognises; a column "
                   "set to “Ignore” is not imported."));

    m_note->setObjectName(QStringLiteral("importMappingNote"));
    m_note->setWordWrap(true);
    m_note->hide();
    m_scroll->setObjectName(QStringLiteral("importMappingRows"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::StyledPanel);
    m_showEmpty->setObjectName(QStringLiteral("importShowEmptyColumns"));
    connect(m_showEmpty, &QCheckBox::toggled, this, &ImportMappingPage::showEmptyColumns);
    m_load->setObjectName(QStringLiteral("importLoadMapping"));
    m_save->setObjectName(QStringLiteral("importSaveMapping"));
    m_load->setAutoDefault(false);
    m_save->setAutoDefault(false);
    connect(m_load, &QPushButton::clicked, this, &ImportMappingPage::loadMapping);
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::saveMapping);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_showEmpty);
    buttons->addStretch();
    buttons->addWidget(m_load);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
}

void ImportMappingPage::initializePage()
{
    io::ImportSource *source = m_wizard->source();
    if (!source)
        return;
    // Back to the first page and on again with the same columns: the choices made stay.
    if (source->headers() == m_builtFor && m_wizard->mapping().headers == m_builtFor)
        return;
    m_note->hide();
    const QStringList &headers = source->headers();
    if (std::optional<io::ImportMapping> remembered = rememberedMapping(headers)) {
        m_wizard->mapping() = remembered->appliedTo(headers);
        m_origin = Origin::Remembered;
        showNote(tr("These columns were mapped as you chose the last time you imported a file "
                    "with these headers."));
    } else {
        m_wizard->mapping() = io::suggestMapping(headers);
        m_origin = Origin::Suggested;
    }
    build();
}

bool ImportMappingPage::validatePage()
{
    rememberMapping(m_wizard->mapping());
    return true;
}

void ImportMappingPage::build()
{
    const io::ImportSource *source = m_wizard->source();
    const io::ImportMapping &mapping = m_wizard->mapping();
    m_builtFor = source->headers();
    delete m_rowsWidget;
    m_rows.clear();
    m_rowsWidget = new QWidget;
    m_grid = new QGridLayout(m_rowsWidget);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(SampleColumn, 1);

    const auto heading = [this](const QString &text, int column) {
        auto *label = new QLabel(text, m_rowsWidget);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        m_grid->addWidget(label, 0, column);
    };
    heading(tr("Column in the file"), HeaderColumn);
    heading(tr("Values in the first rows"), SampleColumn);
    heading(tr("Goes to"), TargetColumn);

    // A few non-empty values per column, from the first rows.
    const std::vector<io::CsvRecord> rows = source->preview(SampleRows);
    const int columns = int(m_builtFor.size());
    std::vector<QStringList> samples(static_cast<std::size_t>(columns), QStringList());
    std::vector<bool> hasValue(std::size_t(columns), false);
    for (const io::CsvRecord &record : rows) {
        for (int c = 0; c < columns && c < int(record.fields.size()); ++c) {
            const QString value = record.fields[c].simplified();
            if (value.isEmpty())
                continue;
            hasValue[std::size_t(c)] = true;
            QStringList &list = samples[std::size_t(c)];
            if (list.size() < SamplesShown && !list.contains(value))
                list << value;
        }
    }

    int emptyColumns = 0;
    for (int c = 0; c < columns; ++c) {
        Row row;
        row.empty = !hasValue[std::size_t(c)];
        emptyColumns += row.empty ? 1 : 0;
        row.header = new QLabel(m_builtFor[c], m_rowsWidget);
        row.header->setTextFormat(Qt::PlainText);
        QString sampleText = samples[std::size_t(c)].join(QStringLiteral("  ·  "));
        row.samples = newMutedLabel(sampleText.isEmpty() ? tr("(empty)") : sampleText, m_rowsWidget);
        row.samples->setTextFormat(Qt::PlainText);
        row.samples->setToolTip(samples[std::size_t(c)].join(QLatin1Char('\n')));
        row.samples->setMinimumWidth(120);
        row.samples->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        row.target = new QComboBox(m_rowsWidget);
        row.target->setObjectName(QStringLiteral("importTarget%1").arg(c));
        row.target->setAccessibleName(tr("Target of column %1").arg(m_builtFor[c]));
        row.target->setMaxVisibleItems(21);
        for (int t = 0; t < io::importTargetCount; ++t) {
            if (ImportTarget(t) != ImportTarget::Label)
                row.target->addItem(io::importTargetName(ImportTarget(t)), t);
        }
        const io::ColumnMapping &column = mapping.columns[std::size_t(c)];
        if (column.target == ImportTarget::Label && column.labelFor >= 0
            && column.labelFor < columns) {
            row.target->addItem(tr("Type of “%1”").arg(m_builtFor[column.labelFor]),
                                int(ImportTarget::Label));
        }
        row.confidence = newMutedLabel({}, m_rowsWidget);
        QFont small = row.confidence->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        row.confidence->setFont(small);
        m_grid->addWidget(row.header, c + 1, HeaderColumn);
        m_grid->addWidget(row.samples, c + 1, SampleColumn);
        m_grid->addWidget(row.target, c + 1, TargetColumn);
        m_grid->addWidget(row.confidence, c + 1, ConfidenceColumn);
        m_rows.push_back(row);
        fillRow(c);
        connect(row.target, &QComboBox::activated, this, [this, c] { targetChosen(c); });
    }
    m_grid->setRowStretch(columns + 1, 1);
    m_scroll->setWidget(m_rowsWidget);

    m_showEmpty->setText(tr("Show the %n columns without values", nullptr, emptyColumns));
    m_showEmpty->setVisible(emptyColumns > 0);
    m_showEmpty->setChecked(false);
    showEmptyColumns(false);
}

// The row's box and note as the mapping says.
void ImportMappingPage::fillRow(int column)
{
    const io::ColumnMapping &mapping = m_wizard->mapping().columns[std::size_t(column)];
    Row &row = m_rows[std::size_t(column)];
    const int index = row.target->findData(int(mapping.target));
    row.target->setCurrentIndex(std::max(index, 0));
    const QString exact = m_origin == Origin::Remembered ? tr("as last time")
                          : m_origin == Origin::Loaded   ? tr("from the mapping")
                                                         : tr("recognised");
    row.confidence->setText(confidenceText(mapping, exact));
    row.confidence->setToolTip(
        m_origin != Origin::Suggested || mapping.target == ImportTarget::Ignore
                || mapping.confidence <= 0
            ? QString()
            : tr("Suggested with %1% confidence").arg(qRound(mapping.confidence * 100)));
}

void ImportMappingPage::targetChosen(int column)
{
    Row &row = m_rows[std::size_t(column)];
    io::ColumnMapping &mapping = m_wizard->mapping().columns[std::size_t(column)];
    const auto target = ImportTarget(row.target->currentData().toInt());
    if (target == mapping.target)
        return;
    mapping.target = target;
    mapping.confidence = 1;
    row.confidence->setText(target == ImportTarget::Ignore ? QString() : tr("your choice"));
    row.confidence->setToolTip({});
}

void ImportMappingPage::showEmptyColumns(bool show)
{
    for (const Row &row : m_rows) {
        const bool visible = show || !row.empty;
        row.header->setVisible(visible);
        row.samples->setVisible(visible);
        row.target->setVisible(visible);
        row.confidence->setVisible(visible);
    }
}

QComboBox *ImportMappingPage::targetBox(int column) const
{
    if (column < 0 || column >= int(m_rows.size()))
        return nullptr;
    return m_rows[std::size_t(column)].target;
}

bool ImportMappingPage::isColumnShown(int column) const
{
    const QComboBox *box = targetBox(column);
    return box && !box->isHidden();
}

QString ImportMappingPage::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

void ImportMappingPage::showNote(const QString &text, bool problem)
{
    QPalette p = palette();
    if (problem)
        p.setColor(QPalette::WindowText, chartstyle::badColour(p));
    m_note->setPalette(p);
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void ImportMappingPage::loadMapping()
{
    const io::ImportSource *source = m_wizard->source();
    if (!source)
        return;
    const QString path = m_wizard->askFile(ImportWizard::FileQuestion::LoadMapping);
    if (path.isEmpty())
        return;
    const Result<io::ImportMapping> loaded = io::ImportMapping::load(path);
    if (!loaded) {
        showNote(loaded.error().message(), true);
        return;
    }
    QStringList unmatched;
    m_wizard->mapping() = loaded->appliedTo(source->headers(), &unmatched);
    m_origin = Origin::Loaded;
    build();
    const QString name = QFileInfo(path).fileName();
    if (unmatched.isEmpty())
        showNote(tr("The mapping %1 is loaded.").arg(name));
    else
        showNote(tr("The mapping %1 is loaded. This file has no column %2: the other columns are "
                    "suggested.")
                     .arg(name, QLocale().createSeparatedList([&] {
                         QStringList quoted;
                         for (const QString &header : std::as_const(unmatched))
                             quoted << tr("“%1”").arg(header);
                         return quoted;
                     }())));
}

void ImportMappingPage::saveMapping()
{
    const io::ImportSource *source = m_wizard->source();
    if (!source)
        return;
    const QFileInfo file(source->fileName());
    const QString suggested = file.dir().filePath(file.completeBaseName()
                                                  + QStringLiteral(".mapping.json"));
    const QString path = m_wizard->askFile(ImportWizard::FileQuestion::SaveMapping, suggested);
    if (path.isEmpty())
        return;
    const Status saved = m_wizard->mapping().save(path);
    if (!saved)
        showNote(saved.error().message(), true);
    else
        showNote(tr("The mapping is saved as %1.").arg(QFileInfo(path).fileName()));
}

QString ImportMappingPage::settingsKey(const QStringList &headers)
{
    QStringList folded;
    for (const QString &header : headers)
        folded << io::foldHeader(header);
    const QByteArray hash = QCryptographicHash::hash(folded.join(QChar(0x1f)).toUtf8(),
                                                     QCryptographicHash::Sha1);
    return settingsGroup + QLatin1Char('/') + QString::fromLatin1(hash.toHex());
}

std::optional<io::ImportMapping> ImportMappingPage::rememberedMapping(const QStringList &headers)
{
    const QByteArray json = QSettings().value(settingsKey(headers)).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    Result<io::ImportMapping> mapping = io::ImportMapping::fromJsonBytes(json);
    if (!mapping)
        return std::nullopt;
    return std::move(mapping).value();
}

void ImportMappingPage::rememberMapping(const io::ImportMapping &mapping)
{
    QSettings().setValue(settingsKey(mapping.headers), mapping.toJsonBytes());
}

} // namespace rapport
