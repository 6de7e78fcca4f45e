#include "ui/importoptionspage.h"

#include "core/io/importsource.h"
#include "ui/countrybox.h"
#include "ui/dashboards/chartstyle.h"
#include "ui/importwizard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rapport {
namespace {

QLabel *newExplanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setIndent(24);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, chartstyle::mutedText(p));
    label->setPalette(p);
    return label;
}

} // namespace

ImportOptionsPage::ImportOptionsPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_create(new QRadioButton(tr("&Create new customers only"), this))
    , m_upsert(new QRadioButton(tr("Create new customers and update &existing ones"), this))
    , m_update(new QRadioButton(tr("U&pdate existing customers only"), this))
    , m_matchId(new QCheckBox(tr("E&xternal id (the other program's customer number)"), this))
    , m_matchEmail(new QCheckBox(tr("E-&mail address (upper or lower case alike)"), this))
    , m_matchPhone(new QCheckBox(tr("P&hone number (however it is written)"), this))
    , m_country(new CountryBox(this))
    , m_source(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_noKeys(new QLabel(this))
{
    setObjectName(QStringLiteral("importOptionsPage"));
    setTitle(tr("Choose What Happens"));
    setSubTitle(tr("Rows that are about a customer Rapport already has update that customer "
                   "instead of adding a duplicate."));
    m_create->setObjectName(QStringLiteral("importModeCreate"));
    m_upsert->setObjectName(QStringLiteral("importModeUpsert"));
    m_update->setObjectName(QStringLiteral("importModeUpdate"));
    m_matchId->setObjectName(QStringLiteral("importMatchExternalId"));
    m_matchEmail->setObjectName(QStringLiteral("importMatchEmail"));
    m_matchPhone->setObjectName(QStringLiteral("importMatchPhone"));
    m_country->setObjectName(QStringLiteral("importPhoneCountry"));
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->setPlaceholderText(tr("e.g. Trade fair 2026"));
    m_problem->setObjectName(QStringLiteral("importOptionsProblem"));
    m_problem->setWordWrap(true);
    QPalette bad = m_problem->palette();
    bad.setColor(QPalette::WindowText, chartstyle::badColour(bad));
    m_problem->setPalette(bad);
    m_problem->hide();
    m_noKeys->setObjectName(QStringLiteral("importNoMatchKeys"));
    m_noKeys->setWordWrap(true);
    m_noKeys->setText(tr("The file has no external id, e-mail or phone column, so no row can be "
                         "recognised as a customer Rapport has: every row makes a new customer, "
                         "and importing the file again makes them again."));
    m_noKeys->hide();

    auto *modes = new QGroupBox(tr("What the import may do"), this);
    auto *group = new QButtonGroup(this);
    auto *modeLayout = new QVBoxLayout(modes);
    modeLayout->addWidget(m_create);
    modeLayout->addWidget(newExplanation(
        tr("A row about a customer Rapport already has leaves that customer as it is."), modes));
    modeLayout->addWidget(m_upsert);
    modeLayout->addWidget(newExplanation(
        tr("Fills in and adds what the file has; a field is never emptied by an empty cell."),
        modes));
    modeLayout->addWidget(m_update);
    modeLayout->addWidget(
        newExplanation(tr("A row about nobody Rapport knows is rejected and listed in the report."),
                       modes));
    for (QRadioButton *button : {m_create, m_upsert, m_update})
        group->addButton(button);

    auto *match = new QGroupBox(tr("A row is about an existing customer when it has the same"),
                                this);
    auto *matchLayout = new QVBoxLayout(match);
    matchLayout->addWidget(m_matchId);
    matchLayout->addWidget(m_matchEmail);
    matchLayout->addWidget(m_matchPhone);
    matchLayout->addWidget(m_noKeys);

    auto *more = new QFormLayout;
    more->addRow(tr("Phone numbers without a country co&de are in:"), m_country);
    more->addRow(tr("&Source of new customers:"), m_source);
    more->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_source->setMinimumWidth(260);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(modes);
    layout->addWidget(match);
    layout->addLayout(more);
    layout->addWidget(m_problem);
    layout->addStretch();
}

void ImportOptionsPage::initializePage()
{
    // A key no column of the file gives cannot match: its box is off, and says why.
    const io::ImportMapping &mapping = m_wizard->mapping();
    const std::pair<QCheckBox *, io::ImportTarget> keys[] = {
        {m_matchId, io::ImportTarget::ExternalId},
        {m_matchEmail, io::ImportTarget::Email},
        {m_matchPhone, io::ImportTarget::Phone},
    };
    bool anyKey = false;
    for (const auto &[box, target] : keys) {
        const bool mapped = mapping.columnOf(target) >= 0;
        anyKey = anyKey || mapped;
        box->setEnabled(mapped);
        box->setToolTip(
            mapped ? QString()
                   : tr("No column of the file goes to “%1”.").arg(io::importTargetName(target)));
    }
    m_noKeys->setVisible(!anyKey);
    if (m_initialised)
        return;
    m_initialised = true;
    const CustomerImportOptions &options = m_wizard->options();
    m_create->setChecked(options.mode == ImportMode::Create);
    m_upsert->setChecked(options.mode == ImportMode::Upsert);
    m_update->setChecked(options.mode == ImportMode::Update);
    m_matchId->setChecked(options.matchExternalId);
    m_matchEmail->setChecked(options.matchEmail);
    m_matchPhone->setChecked(options.matchPhone);
    m_country->setCode(options.phoneRegion.isEmpty() ? m_wizard->databasePhoneRegion()
                                                     : options.phoneRegion);
    m_source->setText(options.defaultSource);
}

bool ImportOptionsPage::validatePage()
{
    const auto refuse = [this](const QString &message) {
        m_problem->setText(message);
        m_problem->show();
        return false;
    };
    CustomerImportOptions &options = m_wizard->options();
    options.mode = m_create->isChecked()   ? ImportMode::Create
                   : m_update->isChecked() ? ImportMode::Update
                                           : ImportMode::Upsert;
    options.matchExternalId = m_matchId->isChecked();
    options.matchEmail = m_matchEmail->isChecked();
    options.matchPhone = m_matchPhone->isChecked();
    options.defaultSource = m_source->text().trimmed();
    const bool keyChosen = (m_matchId->isEnabled() && options.matchExternalId)
                           || (m_matchEmail->isEnabled() && options.matchEmail)
                           || (m_matchPhone->isEnabled() && options.matchPhone);
    const bool keyOffered = m_matchId->isEnabled() || m_matchEmail->isEnabled()
                            || m_matchPhone->isEnabled();
    if (keyOffered && !keyChosen)
        return refuse(tr("Choose at least one way to recognise existing customers, or a second "
                         "import of the same file would add everyone again."));
    const Result<QString> country = m_country->code();
    if (!country)
        return refuse(country.error().message());
    options.phoneRegion = country.value();
    const Status mapped = m_wizard->mapping().check(options.mode == ImportMode::Update);
    if (!mapped)
        return refuse(mapped.error().message());
    m_problem->hide();
    m_noKeys->setObjectName(QStringLiteral("importNoMatchKeys"));
    m_noKeys->setWordWrap(true);
    m_noKeys->setText(tr("The file has no external id, e-mail or phone column, so no row can be "
                         "recognised as a customer Rapport has: every row makes a new customer, "
                         "and importing the file again makes them again."));
    m_noKeys->hide();
    return true;
}

QString ImportOptionsPage::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

} // namespace rapport
