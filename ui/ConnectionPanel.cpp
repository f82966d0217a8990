#include "ConnectionPanel.h"

#include "CommandPreview.h"
#include "export/ScriptExporter.h"

#include <QAbstractTextDocumentLayout>
#include <QClipboard>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cnpg {

namespace {

const char* const Fields[] = {"host",     "address", "readWritePort", "readOnlyPort",
                              "database", "user",    "password"};

QString shellLine(const QStringList& words)
{
    QStringList quoted;
    for (const QString& w : words)
        quoted << ScriptExporter::shellWord(w);
    return quoted.join(QLatin1Char(' '));
}

} // namespace

ConnectionPanel::ConnectionPanel(QWidget* parent)
    : QWidget(parent)
    , m_show(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_commands(new CommandPreview(this))
    , m_failover(new QPushButton(this))
    , m_failoverStatus(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    for (const char* name : Fields) {
        auto* edit = new QLineEdit(this);
        edit->setReadOnly(true);
        edit->setObjectName(QStringLiteral("connection_") + QLatin1String(name));
        auto* label = new QLabel(this);
        label->setBuddy(edit);
        m_labels << label;
        m_fields.insert(QLatin1String(name), edit);
        if (qstrcmp(name, "password") == 0) {
            // Hidden until asked for; read from the cluster only then. The field keeps the
            // row's whole width (a 48-character password fits), its buttons go under it.
            edit->setEchoMode(QLineEdit::Password);
            auto* cell = new QVBoxLayout;
            cell->addWidget(edit);
            auto* buttons = new QHBoxLayout;
            m_show->setObjectName(QStringLiteral("showPassword"));
            m_copy->setObjectName(QStringLiteral("copyPassword"));
            buttons->addWidget(m_show);
            buttons->addWidget(m_copy);
            buttons->addStretch(1);
            cell->addLayout(buttons);
            form->addRow(label, cell);
        } else if (qstrcmp(name, "readOnlyPort") == 0) {
            // Both ports on one row: a port is short, the page's height is not to spare.
            QLayoutItem* row = form->itemAt(form->rowCount() - 1, QFormLayout::FieldRole);
            auto* ports = static_cast<QHBoxLayout*>(row->layout());
            ports->addSpacing(12);
            ports->addWidget(label);
            ports->addWidget(edit, 1);
        } else if (qstrcmp(name, "readWritePort") == 0) {
            auto* ports = new QHBoxLayout;
            ports->addWidget(edit, 1);
            form->addRow(label, ports);
        } else {
            form->addRow(label, edit);
        }
    }
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);
    m_commands->setObjectName(QStringLiteral("connectionCommands"));
    // Half a page is narrower than a psql line: the lines wrap (between words, the quoted
    // connection string included) and the box grows to show them all, no scrolling.
    m_commands->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commands->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_commands->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_commands->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_commands->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_commands->setFixedHeight(m_commands->fontMetrics().lineSpacing() * 6); // until shown
    connect(m_commands->document()->documentLayout(),
            &QAbstractTextDocumentLayout::documentSizeChanged, this, &ConnectionPanel::fitCommands);
    layout->addSpacing(4);
    layout->addWidget(m_commands);
    auto* failover = new QHBoxLayout;
    m_failover->setObjectName(QStringLiteral("testFailover"));
    m_failoverStatus->setObjectName(QStringLiteral("failoverStatus"));
    m_failoverStatus->setWordWrap(true);
    m_failoverStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    failover->addWidget(m_failover);
    failover->addWidget(m_failoverStatus, 1);
    layout->addLayout(failover);
    connect(m_show, &QPushButton::clicked, this, &ConnectionPanel::showPassword);
    connect(m_copy, &QPushButton::clicked, this, &ConnectionPanel::copyPassword);
    connect(m_failover, &QPushButton::clicked, this, [this] {
        if (!m_access)
            return;
        m_failoverState = FailoverState::Running;
        m_former.clear();
        m_promoted.clear();
        updateFailoverText();
        m_failover->setEnabled(false);
        m_access->testFailover();
    });
    retranslate();
    setAccess(nullptr);
}

void ConnectionPanel::setAccess(DatabaseAccess* access)
{
    if (m_access)
        m_access->deleteLater();
    m_access = access;
    m_revealed = false;
    m_copyWhenRead = false;
    m_failoverState = FailoverState::None;
    m_passwordFailure.reset();
    m_fields.value(QStringLiteral("password"))->clear();
    m_fields.value(QStringLiteral("password"))->setEchoMode(QLineEdit::Password);
    if (access) {
        access->setParent(this);
        connect(access, &DatabaseAccess::passwordRead, this, &ConnectionPanel::onPassword);
        connect(access, &DatabaseAccess::failed, this, &ConnectionPanel::onFailed);
        connect(access, &DatabaseAccess::failoverStarted, this,
                [this](const QString& former, const QString& promoted) {
                    m_former = former;
                    m_promoted = promoted;
                    updateFailoverText();
                });
        connect(access, &DatabaseAccess::failoverFinished, this,
                [this](const QString& former, const QString& promoted) {
                    m_former = former;
                    m_promoted = promoted;
                    m_failoverState = FailoverState::Done;
                    m_failover->setEnabled(true);
                    updateFailoverText();
                });
    }
    m_show->setEnabled(access != nullptr);
    m_copy->setEnabled(access != nullptr);
    m_failover->setEnabled(access != nullptr);
    refresh();
}

void ConnectionPanel::fitCommands()
{
    // Hidden (a page not shown), its width is stale: the lines it would wrap to would make
    // the box, and with it the window, too tall.
    if (!m_commands->isVisible())
        return;
    m_commands->setFixedHeight(m_commands->contentHeight());
}

void ConnectionPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitCommands();
}

void ConnectionPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitCommands();
}

void ConnectionPanel::setValue(const QString& name, const QString& value)
{
    QLineEdit* edit = m_fields.value(name);
    edit->setText(value);
    // From its start, should it not fit; the whole value in the tooltip.
    edit->setCursorPosition(0);
    edit->setToolTip(value);
}

void ConnectionPanel::refresh()
{
    m_endpoint =
        m_access ? DatabaseAccess::endpoint(m_access->values()) : DatabaseAccess::Endpoint{};
    const bool known = m_access != nullptr;
    setValue(QStringLiteral("host"), m_endpoint.host);
    setValue(QStringLiteral("address"), m_endpoint.address);
    setValue(QStringLiteral("readWritePort"),
             known ? QString::number(m_endpoint.readWritePort) : QString());
    setValue(QStringLiteral("readOnlyPort"),
             known ? QString::number(m_endpoint.readOnlyPort) : QString());
    setValue(QStringLiteral("database"), m_endpoint.database);
    setValue(QStringLiteral("user"), m_endpoint.user);
    QString text;
    if (known) {
        text += QStringLiteral("# ") + tr("Read and write (the primary):") + QLatin1Char('\n');
        text += shellLine(DatabaseAccess::psqlArguments(m_endpoint, false)) + QLatin1Char('\n');
        text += QStringLiteral("# ") + tr("Read only (the standbys):") + QLatin1Char('\n');
        text += shellLine(DatabaseAccess::psqlArguments(m_endpoint, true)) + QLatin1Char('\n');
    }
    m_commands->setScript(text);
    updateFailoverText();
}

void ConnectionPanel::showPassword()
{
    if (m_revealed) {
        m_revealed = false;
        m_fields.value(QStringLiteral("password"))->setEchoMode(QLineEdit::Password);
        retranslate();
        return;
    }
    m_revealed = true;
    if (m_fields.value(QStringLiteral("password"))->text().isEmpty() && m_access)
        m_access->readPassword();
    else
        m_fields.value(QStringLiteral("password"))->setEchoMode(QLineEdit::Normal);
    retranslate();
}

void ConnectionPanel::copyPassword()
{
    const QString known = m_fields.value(QStringLiteral("password"))->text();
    if (!known.isEmpty()) {
        QGuiApplication::clipboard()->setText(known);
        return;
    }
    m_copyWhenRead = true;
    if (m_access)
        m_access->readPassword();
}

void ConnectionPanel::onPassword(const QString& password)
{
    m_passwordFailure.reset();
    QLineEdit* edit = m_fields.value(QStringLiteral("password"));
    edit->setText(password);
    edit->setCursorPosition(0);
    edit->setEchoMode(m_revealed ? QLineEdit::Normal : QLineEdit::Password);
    if (m_copyWhenRead)
        QGuiApplication::clipboard()->setText(password);
    m_copyWhenRead = false;
}

void ConnectionPanel::onFailed(DatabaseAccess::Operation operation, DatabaseAccess::Failure failure,
                               const QString& detail)
{
    if (operation == DatabaseAccess::Operation::ReadPassword) {
        if (failure == DatabaseAccess::Failure::Busy)
            return; // the first request answers
        m_revealed = false;
        m_copyWhenRead = false;
        m_passwordFailure = failure;
        m_passwordDetail = detail;
        retranslate(); // the empty field shows why, in place of "hidden"
        return;
    }
    if (failure == DatabaseAccess::Failure::Busy)
        return;
    m_failoverState = FailoverState::Failed;
    m_failoverFailure = failure;
    m_failoverDetail = detail;
    m_failover->setEnabled(true);
    updateFailoverText();
}

void ConnectionPanel::updateFailoverText()
{
    QString text;
    switch (m_failoverState) {
    case FailoverState::None:
        text = tr("Promotes a standby to primary, as the validation guide's failover test "
                  "does; the former primary rejoins as a standby.");
        break;
    case FailoverState::Running:
        text = m_promoted.isEmpty()
                   ? tr("Looking for a standby to promote…")
                   : tr("Promoting %1 (the primary was %2)…").arg(m_promoted, m_former);
        break;
    case FailoverState::Done:
        text = tr("The new primary is %1 (it was %2).").arg(m_promoted, m_former);
        break;
    case FailoverState::Failed:
        switch (m_failoverFailure) {
        case DatabaseAccess::Failure::NoStandby:
            text = tr("The cluster has no ready standby to promote.");
            break;
        case DatabaseAccess::Failure::Timeout:
            text = tr("%1 was promoted, but the cluster has not reported it as its primary yet; "
                      "check with kubectl cnpg status.")
                       .arg(m_failoverDetail);
            break;
        case DatabaseAccess::Failure::BadOutput:
            text = tr("The cluster does not report a primary.");
            break;
        default:
            text = tr("The failover test failed: %1").arg(m_failoverDetail);
            break;
        }
        break;
    }
    m_failoverStatus->setText(text);
}

void ConnectionPanel::retranslate()
{
    const QStringList names = {tr("Host"),           tr("Public IP address"), tr("Read-write port"),
                               tr("Read-only port"), tr("Database"),          tr("User"),
                               tr("Password")};
    for (int i = 0; i < m_labels.size(); ++i) {
        m_labels.at(i)->setText(names.at(i) + QLatin1Char(':'));
        m_fields.value(QLatin1String(Fields[i]))->setAccessibleName(names.at(i));
    }
    QString hint = tr("hidden");
    if (m_passwordFailure == DatabaseAccess::Failure::Command)
        hint = tr("Could not read the secret: %1").arg(m_passwordDetail);
    else if (m_passwordFailure == DatabaseAccess::Failure::BadOutput)
        hint = tr("The secret holds no readable password.");
    m_fields.value(QStringLiteral("password"))->setPlaceholderText(hint);
    m_fields.value(QStringLiteral("password"))->setToolTip(hint == tr("hidden") ? QString() : hint);
    m_show->setText(m_revealed ? tr("Hi&de") : tr("&Show"));
    m_copy->setText(tr("&Copy"));
    m_failover->setText(tr("&Test failover"));
    m_commands->setAccessibleName(tr("Commands to connect with psql"));
    refresh();
}

QString ConnectionPanel::field(const QString& name) const
{
    const QLineEdit* e = m_fields.value(name);
    return e ? e->text() : QString();
}

QString ConnectionPanel::commands() const
{
    return m_commands->script();
}

QString ConnectionPanel::failoverText() const
{
    return m_failoverStatus->text();
}

bool ConnectionPanel::passwordShown() const
{
    return m_fields.value(QStringLiteral("password"))->echoMode() == QLineEdit::Normal;
}

} // namespace cnpg
