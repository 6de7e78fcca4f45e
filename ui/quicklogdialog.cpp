#include "ui/quicklogdialog.h"

#include "core/services/caseservice.h"
#include "core/services/workspace.h"
#include "ui/callerfinder.h"
#include "ui/choicestrip.h"
#include "ui/undo/logcallcommand.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rapport {
namespace {

// A check box whose "&" key toggles it at once (a button's own mnemonic clicks 100 ms later).
QCheckBox *keyedCheckBox(const QString &text, QWidget *parent)
{
    auto *box = new QCheckBox(text, parent);
    box->setShortcut(QKeySequence());
    box->setFocusPolicy(Qt::NoFocus);
    return box;
}

QLabel *rowLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

QString clock(qint64 seconds)
{
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    const auto two = [](qint64 v) { return QStringLiteral("%1").arg(v, 2, 10, QLatin1Char('0')); };
    return h > 0 ? QStringLiteral("%1:%2:%3").arg(h).arg(two(m), two(s))
                 : QStringLiteral("%1:%2").arg(two(m), two(s));
}

} // namespace

QuickLogDialog::QuickLogDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_service(workspace.interactions())
{
    setWindowTitle(tr("Log a Call"));
    setObjectName(QStringLiteral("quickLogDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *page = new QWidget(this);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    grid->setVerticalSpacing(8);
    layout->addWidget(page, 1);

    buildCallSection(page);
    buildFollowUpSection(page);
    buildCaseSection(page);

    // Bottom: the timer, the error, the buttons.
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto *bottom = new QHBoxLayout;
    m_timerLabel = new QLabel(this);
    m_timerLabel->setObjectName(QStringLiteral("timerLabel"));
    QFont timerFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    timerFont.setPointSizeF(font().pointSizeF() * 1.5);
    timerFont.setBold(true);
    m_timerLabel->setFont(timerFont);
    m_timerButton = new QPushButton(this);
    m_timerButton->setAutoDefault(false);
    m_timerButton->setFocusPolicy(Qt::NoFocus);
    connect(m_timerButton, &QPushButton::clicked, this, &QuickLogDialog::toggleTimer);
    bottom->addWidget(m_timerLabel);
    bottom->addWidget(m_timerButton);
    bottom->addStretch(1);
    auto *keys = new QLabel(tr("Alt+underlined letter chooses \u00b7 Ctrl+Enter saves \u00b7 Esc "
                               "cancels"),
                            this);
    keys->setEnabled(false);
    bottom->addWidget(keys);
    bottom->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setAutoDefault(false);
    connect(cancel, &QPushButton::clicked, this, &QuickLogDialog::reject);
    m_saveButton = new QPushButton(tr("Save  (Ctrl+Enter)"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAutoDefault(false);
    connect(m_saveButton, &QPushButton::clicked, this, &QuickLogDialog::save);
    bottom->addWidget(cancel);
    bottom->addWidget(m_saveButton);
    layout->addLayout(bottom);

    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { save(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { save(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_T), [this] { toggleTimer(); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), [this] {
        m_caller->lineEdit()->setFocus();
        m_caller->lineEdit()->selectAll();
    });

    setTabOrder(m_caller->lineEdit(), m_notes);
    setTabOrder(m_notes, m_existingCase);
    setTabOrder(m_existingCase, m_taskTitle);
    setTabOrder(m_taskTitle, m_due);
    setTabOrder(m_due, m_caseKind);
    setTabOrder(m_caseKind, m_casePriority);
    setTabOrder(m_casePriority, m_caseSubject);
    setTabOrder(m_caseSubject, m_saveButton);

    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &QuickLogDialog::updateTimerLabel);
    toggleTimer(); // the call is on from the moment the dialog opens
    m_tick.start();
    updateDefaults();
    m_caller->lineEdit()->setFocus();
    resize(sizeHint().expandedTo(QSize(720, 0)));
}

QuickLogDialog::~QuickLogDialog() = default;

void QuickLogDialog::setUndoStack(QUndoStack *stack)
{
    m_undo = stack;
}

void QuickLogDialog::addShortcut(const QKeySequence &key, const std::function<void()> &action)
{
    auto *shortcut = new QShortcut(key, this);
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, action);
}

void QuickLogDialog::buildCallSection(QWidget *page)
{
    auto *grid = static_cast<QGridLayout *>(page->layout());
    int row = grid->rowCount();

    m_caller = new CallerFinder(m_workspace, page);
    grid->addWidget(rowLabel(tr("Caller:"), page), row, 0, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_caller, row++, 1);
    connect(m_caller, &CallerFinder::customerChosen, this, &QuickLogDialog::onCustomerChosen);
    connect(m_caller, &CallerFinder::customerCleared, this, [this] {
        loadOpenCases(0);
        updateDefaults();
    });

    m_channel = new ChoiceStrip(page);
    m_channel->setObjectName(QStringLiteral("channelChoice"));
    m_channel->addChoice(int(Channel::Phone), tr("&Phone"));
    m_channel->addChoice(int(Channel::Email), tr("&E-mail"));
    m_channel->addChoice(int(Channel::Meeting), tr("&Meeting"));
    m_channel->addChoice(int(Channel::Visit), tr("&Visit"));
    m_channel->addChoice(int(Channel::Chat), tr("C&hat"));
    m_channel->addChoice(int(Channel::Sms), tr("&SMS"));
    m_channel->addChoice(int(Channel::Letter), tr("&Letter"));
    m_channel->addChoice(int(Channel::WebForm), tr("&Web form"));
    grid->addWidget(rowLabel(tr("Channel:"), page), row, 0);
    grid->addWidget(m_channel, row++, 1);

    m_direction = new ChoiceStrip(page);
    m_direction->setObjectName(QStringLiteral("directionChoice"));
    m_direction->addChoice(int(Direction::Inbound), tr("&Inbound"), tr("The customer called"));
    m_direction->addChoice(int(Direction::Outbound), tr("&Outbound"), tr("We called"));
    grid->addWidget(rowLabel(tr("Direction:"), page), row, 0);
    grid->addWidget(m_direction, row++, 1);

    m_outcome = new ChoiceStrip(page);
    m_outcome->setObjectName(QStringLiteral("outcomeChoice"));
    m_outcome->addChoice(int(Outcome::Completed), tr("&Completed"));
    m_outcome->addChoice(int(Outcome::NoAnswer), tr("&No answer"));
    m_outcome->addChoice(int(Outcome::LeftMessage), tr("Left messa&ge"));
    m_outcome->addChoice(int(Outcome::FollowUp),
                         tr("Follow-&up needed"),
                         tr("Adds a follow-up task"));
    m_outcome->addChoice(int(Outcome::Sale), tr("S&ale"));
    m_outcome->addChoice(int(Outcome::Complaint), tr("Complain&t"), tr("Opens a complaint case"));
    m_outcome->addChoice(int(Outcome::NotInterested), tr("Not inte&rested"));
    grid->addWidget(rowLabel(tr("Outcome:"), page), row, 0);
    grid->addWidget(m_outcome, row++, 1);
    connect(m_outcome, &ChoiceStrip::valueChanged, this, &QuickLogDialog::onOutcomeChanged);

    m_existingCase = new QComboBox(page);
    m_existingCase->setObjectName(QStringLiteral("existingCase"));
    m_existingCaseLabel = rowLabel(tr("About case:"), page);
    grid->addWidget(m_existingCaseLabel, row, 0);
    grid->addWidget(m_existingCase, row++, 1);
    m_existingCase->hide();
    m_existingCaseLabel->hide();

    m_notes = new QPlainTextEdit(page);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What was it about? The first line becomes the subject."));
    m_notes->setMinimumHeight(m_notes->fontMetrics().lineSpacing() * 5);
    grid->addWidget(rowLabel(tr("Notes:"), page), row, 0, Qt::AlignRight | Qt::AlignTop);
    grid->addWidget(m_notes, row++, 1);
    grid->setRowStretch(row - 1, 1);
}

void QuickLogDialog::buildFollowUpSection(QWidget *page)
{
    auto *grid = static_cast<QGridLayout *>(page->layout());
    const int row = grid->rowCount();
    m_followUp = keyedCheckBox(tr("&Follow-up task"), page);
    m_followUp->setObjectName(QStringLiteral("followUpCheck"));
    m_followUpBox = new QWidget(page);
    auto *box = new QHBoxLayout(m_followUpBox);
    box->setContentsMargins(0, 0, 0, 0);
    m_taskTitle = new QLineEdit(m_followUpBox);
    m_taskTitle->setObjectName(QStringLiteral("taskTitleEdit"));
    connect(m_taskTitle, &QLineEdit::textEdited, this, [this] { m_titleEdited = true; });
    auto *dueLabel = new QLabel(tr("&Due:"), m_followUpBox);
    m_due = new QDateTimeEdit(m_followUpBox);
    m_due->setObjectName(QStringLiteral("dueEdit"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(tr("ddd d MMM yyyy, HH:mm"));
    m_due->setDateTime(defaultDue());
    dueLabel->setBuddy(m_due);
    box->addWidget(m_taskTitle, 1);
    box->addWidget(dueLabel);
    box->addWidget(m_due);
    grid->addWidget(m_followUp, row, 0);
    grid->addWidget(m_followUpBox, row, 1);
    m_followUpBox->setEnabled(false);
    addShortcut(ChoiceStrip::mnemonicKey(m_followUp->text()), [this] {
        m_followUpByOutcome = false; // the agent's own choice now
        setFollowUp(!m_followUp->isChecked());
    });
    connect(m_followUp, &QCheckBox::toggled, this, [this](bool on) {
        m_followUpBox->setEnabled(on);
    });
    // Alt+D (the label's buddy) turns the follow-up on as well: a due date means a task.
    connect(m_due, &QDateTimeEdit::dateTimeChanged, this, [this] {
        if (m_due->hasFocus()) {
            m_followUpByOutcome = false;
            setFollowUp(true);
        }
    });
}

void QuickLogDialog::buildCaseSection(QWidget *page)
{
    auto *grid = static_cast<QGridLayout *>(page->layout());
    const int row = grid->rowCount();
    m_case = keyedCheckBox(tr("Trac&k as a case"), page);
    m_case->setObjectName(QStringLiteral("caseCheck"));
    m_caseBox = new QWidget(page);
    auto *box = new QHBoxLayout(m_caseBox);
    box->setContentsMargins(0, 0, 0, 0);
    m_caseKind = new QComboBox(m_caseBox);
    m_caseKind->addItem(caseKindName(CaseKind::Complaint), int(CaseKind::Complaint));
    m_caseKind->addItem(caseKindName(CaseKind::ServiceRequest), int(CaseKind::ServiceRequest));
    m_casePriority = new QComboBox(m_caseBox);
    for (std::size_t i = 0; i < priorityKeys.size(); ++i)
        m_casePriority->addItem(priorityName(Priority(i)), int(i));
    m_casePriority->setCurrentIndex(int(Priority::Normal));
    m_caseSubject = new QLineEdit(m_caseBox);
    m_caseSubject->setObjectName(QStringLiteral("caseSubjectEdit"));
    m_caseSubject->setPlaceholderText(tr("Subject (the first line of the notes if empty)"));
    box->addWidget(m_caseKind);
    box->addWidget(m_casePriority);
    box->addWidget(m_caseSubject, 1);
    grid->addWidget(m_case, row, 0);
    grid->addWidget(m_caseBox, row, 1);
    m_caseBox->setEnabled(false);
    addShortcut(ChoiceStrip::mnemonicKey(m_case->text()), [this] {
        m_caseByOutcome = false;
        setOpensCase(!m_case->isChecked());
    });
    connect(m_case, &QCheckBox::toggled, this, [this](bool on) {
        m_caseBox->setEnabled(on);
        m_existingCase->setEnabled(!on);
    });
}

void QuickLogDialog::setCustomer(qint64 customerId)
{
    if (m_caller->setCustomer(customerId))
        return; // customerChosen did the rest
    m_caller->clear();
}

qint64 QuickLogDialog::customerId() const
{
    return m_caller->customerId();
}

Channel QuickLogDialog::channel() const
{
    return Channel(m_channel->value());
}

Direction QuickLogDialog::direction() const
{
    return Direction(m_direction->value());
}

Outcome QuickLogDialog::outcome() const
{
    return Outcome(m_outcome->value());
}

void QuickLogDialog::setChannel(Channel channel)
{
    m_channel->setValue(int(channel));
}

void QuickLogDialog::setDirection(Direction direction)
{
    m_direction->setValue(int(direction));
}

void QuickLogDialog::setOutcome(Outcome outcome)
{
    m_outcome->setValue(int(outcome));
}

bool QuickLogDialog::hasFollowUp() const
{
    return m_followUp->isChecked();
}

bool QuickLogDialog::opensCase() const
{
    return m_case->isChecked();
}

void QuickLogDialog::setFollowUp(bool on)
{
    m_followUp->setChecked(on);
}

void QuickLogDialog::setOpensCase(bool on)
{
    m_case->setChecked(on);
}

QString QuickLogDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

qint64 QuickLogDialog::elapsedSeconds() const
{
    qint64 seconds = m_timedSeconds;
    if (m_timerRunning)
        seconds += std::max<qint64>(0, m_timerStartedAt.secsTo(m_workspace.now()));
    return seconds;
}

void QuickLogDialog::toggleTimer()
{
    if (m_timerRunning) {
        m_timedSeconds = elapsedSeconds();
        m_timerRunning = false;
    } else {
        m_timerStartedAt = m_workspace.now();
        m_timerRunning = true;
    }
    updateTimerLabel();
}

void QuickLogDialog::updateTimerLabel()
{
    m_timerLabel->setText((m_timerRunning ? QStringLiteral("\u25cf ") : QStringLiteral("\u25a0 "))
                          + clock(elapsedSeconds()));
    m_timerLabel->setStyleSheet(m_timerRunning ? QStringLiteral("color: #b3261e;") : QString());
    m_timerButton->setText(m_timerRunning ? tr("Stop timer  (Ctrl+T)")
                                          : tr("Resume timer  (Ctrl+T)"));
}

QDateTime QuickLogDialog::defaultDue() const
{
    const QDate tomorrow = m_workspace.now().toLocalTime().date().addDays(1);
    return QDateTime(tomorrow, QTime(9, 0), Qt::LocalTime);
}

void QuickLogDialog::onCustomerChosen(qint64 customerId, const QString &name)
{
    Q_UNUSED(name);
    loadOpenCases(customerId);
    updateDefaults();
    m_error->hide();
    m_notes->setFocus();
}

void QuickLogDialog::onOutcomeChanged(int value)
{
    // "Follow-up needed" adds the task and "complaint" the case; choosing another outcome takes
    // back what the outcome added (not what the agent turned on).
    const auto chosen = Outcome(value);
    if (chosen == Outcome::FollowUp && !m_followUp->isChecked()) {
        setFollowUp(true);
        m_followUpByOutcome = true;
    } else if (chosen != Outcome::FollowUp && m_followUpByOutcome) {
        setFollowUp(false);
        m_followUpByOutcome = false;
    }
    if (chosen == Outcome::Complaint && !m_case->isChecked()) {
        setOpensCase(true);
        m_caseByOutcome = true;
        m_caseKind->setCurrentIndex(m_caseKind->findData(int(CaseKind::Complaint)));
    } else if (chosen != Outcome::Complaint && m_caseByOutcome) {
        setOpensCase(false);
        m_caseByOutcome = false;
    }
    updateDefaults();
}

void QuickLogDialog::loadOpenCases(qint64 customerId)
{
    m_existingCase->clear();
    bool any = false;
    if (customerId != 0) {
        CaseService &cases = m_workspace.cases();
        if (Result<QList<SupportCase>> list = cases.listForCustomer(customerId); list) {
            m_existingCase->addItem(tr("None: a call of its own"), QVariant());
            for (const SupportCase &c : std::as_const(*list)) {
                if (c.isFinished())
                    continue;
                m_existingCase->addItem(tr("%1 %2 (%3)")
                                            .arg(caseReference(c.id),
                                                 c.subject,
                                                 caseStatusName(c.status)),
                                        c.id);
                any = true;
            }
        }
    }
    m_existingCase->setVisible(any);
    m_existingCaseLabel->setVisible(any);
}

void QuickLogDialog::updateDefaults()
{
    if (!m_titleEdited) {
        const QString name = m_caller->customerName();
        const bool again = outcome() == Outcome::NoAnswer || outcome() == Outcome::LeftMessage;
        if (name.isEmpty())
            m_taskTitle->setText(again ? tr("Call again") : tr("Follow up"));
        else
            m_taskTitle->setText(again ? tr("Call %1 again").arg(name)
                                       : tr("Follow up with %1").arg(name));
    }
}

CallLog QuickLogDialog::collect() const
{
    CallLog log;
    Interaction &i = log.interaction;
    i.customerId = m_caller->customerId();
    i.channel = channel();
    i.direction = direction();
    i.outcome = outcome();
    i.notes = m_notes->toPlainText();
    i.durationSeconds = elapsedSeconds();
    if (m_followUp->isChecked()) {
        Task task;
        task.title = m_taskTitle->text();
        task.dueAt = m_due->dateTime().toUTC();
        log.followUp = task;
    }
    if (m_case->isChecked()) {
        SupportCase c;
        c.kind = CaseKind(m_caseKind->currentData().toInt());
        c.priority = Priority(m_casePriority->currentData().toInt());
        c.subject = m_caseSubject->text();
        log.newCase = c;
    } else if (m_existingCase->isVisible() && m_existingCase->currentData().isValid()) {
        i.caseId = m_existingCase->currentData().toLongLong();
    }
    return log;
}

bool QuickLogDialog::save()
{
    if (m_caller->customerId() == 0) {
        const bool typed = !m_caller->lineEdit()->text().trimmed().isEmpty();
        showError(Error(Error::Kind::Validation,
                        typed ? tr("Take the caller first: Enter takes the highlighted match.")
                              : tr("Who called? Type a name or the number first."),
                        QStringLiteral("customerId")));
        return false;
    }
    CallLog log = collect();
    if (m_undo) {
        auto command = std::make_unique<LogCallCommand>(m_workspace, log, m_caller->customerName());
        const LogCallCommand *step = command.get(); // the stack owns it once run() pushed it
        if (Status s = CustomerCommand::run(m_undo, std::move(command)); !s) {
            showError(s.error());
            return false;
        }
        log = step->call();
        m_logged = step->logged();
    } else {
        Result<LoggedCall> logged = m_service.log(log);
        if (!logged) {
            showError(logged.error());
            return false;
        }
        m_logged = *logged;
    }
    m_tick.stop();
    m_error->hide();
    Q_EMIT callLogged(m_logged.interactionId, log.interaction.customerId);
    if (m_logged.caseId != 0)
        Q_EMIT caseOpened(m_logged.caseId);
    accept();
    return true;
}

void QuickLogDialog::showError(const Error &error)
{
    m_error->setText(error.message());
    m_error->show();
    const QString field = error.field();
    QWidget *focus = nullptr;
    if (field == QLatin1String("customerId"))
        focus = m_caller->lineEdit();
    else if (field == QLatin1String("followUp.title"))
        focus = m_taskTitle;
    else if (field.startsWith(QLatin1String("followUp.")))
        focus = m_due;
    else if (field == QLatin1String("case.subject"))
        focus = m_caseSubject;
    else if (field == QLatin1String("notes") || field == QLatin1String("subject"))
        focus = m_notes;
    if (focus)
        focus->setFocus();
}

void QuickLogDialog::reject()
{
    if (!m_notes->toPlainText().trimmed().isEmpty()) {
        const auto answer = QMessageBox::question(this,
                                                  tr("Discard the Call Log"),
                                                  tr("The notes you typed are not saved. "
                                                     "Discard them?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    m_tick.stop();
    QDialog::reject();
}

} // namespace rapport
