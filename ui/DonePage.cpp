#include "DonePage.h"

#include "CommandPreview.h"
#include "ConnectionPanel.h"
#include "CostModel.h"
#include "CostText.h"
#include "Deployment.h"
#include "StepText.h"
#include "export/ScriptExporter.h"
#include "preflight/ReadinessText.h"
#include "run/StepListModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cnpg {

namespace {
// The outputs, in the order the next guide uses them. The kube context is the cluster's name.
const QString KubeContext = QStringLiteral("KUBE_CONTEXT");
QStringList outputOrder()
{
    return {keys::ResourceGroup,
            keys::ClusterName,
            KubeContext,
            QStringLiteral("AKS_PRIMARY_CLUSTER_NODERG_NAME"),
            QStringLiteral("AKS_UAMI_WORKLOAD_CLIENTID"),
            keys::StorageAccount,
            keys::BackupContainer,
            QStringLiteral("AKS_PRIMARY_CLUSTER_PUBLICIP_ADDRESS")};
}
} // namespace

DonePage::DonePage(Deployment& deployment, QWidget* parent)
    : WizardPage(PageId::Done, parent)
    , m_deployment(deployment)
    , m_outputsLabel(new QLabel(this))
    , m_outputsForm(new QFormLayout)
    , m_connectionLabel(new QLabel(this))
    , m_connection(new ConnectionPanel(this))
    , m_nextLabel(new QLabel(this))
    , m_nextText(new QLabel(this))
    , m_nextCommands(new CommandPreview(this))
    , m_openLogs(new QPushButton(this))
    , m_exportReport(new QPushButton(this))
    , m_teardown(new QPushButton(this))
{
    QFont bold = m_outputsLabel->font();
    bold.setBold(true);
    m_outputsLabel->setFont(bold);
    m_nextLabel->setFont(bold);
    m_connectionLabel->setFont(bold);
    // What was created on the left, how to connect on the right.
    auto* columns = new QHBoxLayout;
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    left->addWidget(m_outputsLabel);
    right->addWidget(m_connectionLabel);
    m_connection->setObjectName(QStringLiteral("connection"));
    right->addWidget(m_connection);
    right->addStretch(1);
    for (const QString& key : outputOrder()) {
        auto* edit = new QLineEdit(this);
        edit->setReadOnly(true);
        edit->setObjectName(QStringLiteral("output_") + key);
        auto* label = new QLabel(this);
        label->setBuddy(edit);
        m_outputsForm->addRow(label, edit);
        m_outputs.insert(key, edit);
        m_outputLabels.insert(key, label);
    }
    left->addLayout(m_outputsForm);
    left->addStretch(1);
    content()->addLayout(columns);
    content()->addSpacing(8);
    content()->addWidget(m_nextLabel);
    m_nextText->setWordWrap(true);
    m_nextText->setTextFormat(Qt::PlainText);
    content()->addWidget(m_nextText);
    m_nextCommands->setObjectName(QStringLiteral("nextCommands"));
    content()->addWidget(m_nextCommands, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_openLogs->setObjectName(QStringLiteral("openLogFolder"));
    m_exportReport->setObjectName(QStringLiteral("exportReport"));
    buttons->addWidget(m_openLogs);
    buttons->addWidget(m_exportReport);
    m_teardown->setObjectName(QStringLiteral("teardownFromDone"));
    buttons->addWidget(m_teardown);
    content()->addLayout(buttons);
    // Keyboard order as on screen: the outputs, the connection, the commands, the buttons.
    setTabOrder(m_outputs.value(outputOrder().constLast()), m_connection);
    setTabOrder(m_connection, m_nextCommands);
    setTabOrder(m_nextCommands, m_openLogs);
    setTabOrder(m_openLogs, m_exportReport);
    setTabOrder(m_exportReport, m_teardown);
    connect(m_openLogs, &QPushButton::clicked, this, &DonePage::openLogFolderRequested);
    connect(m_exportReport, &QPushButton::clicked, this, &DonePage::exportReportRequested);
    connect(m_teardown, &QPushButton::clicked, this, &DonePage::teardownRequested);
    connect(&m_deployment, &Deployment::finished, this, &DonePage::refresh);
    // A new database to reach after each successful run; none after a failed one.
    connect(&m_deployment, &Deployment::finished, this, [this](Executor::Outcome outcome) {
        m_connection->setAccess(outcome == Executor::Outcome::Succeeded
                                    ? m_deployment.service().createDatabaseAccess(nullptr)
                                    : nullptr);
    });
    finishSetup();
}

QString DonePage::title() const
{
    return tr("Done");
}

QString DonePage::explanation() const
{
    return tr("The highly available PostgreSQL cluster is running on AKS: a primary and its "
              "standbys across the zones, backed up to the storage account, monitored by "
              "Managed Prometheus, and reachable from your address on the static public IP.");
}

void DonePage::enterPage()
{
    refresh();
}

QStringList DonePage::outputKeys() const
{
    return outputOrder();
}

QString DonePage::output(const QString& key) const
{
    const QLineEdit* e = m_outputs.value(key);
    return e ? e->text() : QString();
}

QString DonePage::outputName(const QString& key) const
{
    if (key == keys::ResourceGroup)
        return tr("Resource group");
    if (key == keys::ClusterName)
        return tr("AKS cluster");
    if (key == KubeContext)
        return tr("kubectl context");
    if (key == QLatin1String("AKS_PRIMARY_CLUSTER_NODERG_NAME"))
        return tr("Node resource group");
    if (key == QLatin1String("AKS_UAMI_WORKLOAD_CLIENTID"))
        return tr("Managed identity client ID");
    if (key == keys::StorageAccount)
        return tr("Storage account");
    if (key == keys::BackupContainer)
        return tr("Backup container");
    return tr("Public IP address");
}

void DonePage::refresh()
{
    const QHash<QString, QString> v = m_deployment.values();
    for (const QString& key : outputOrder()) {
        const QString value = key == KubeContext ? v.value(keys::ClusterName) : v.value(key);
        QLineEdit* edit = m_outputs.value(key);
        edit->setText(value);
        // From its start, should a long name not fit; the whole of it in the tooltip.
        edit->setCursorPosition(0);
        edit->setToolTip(value);
    }
    const QString context = v.value(keys::ClusterName);
    const QString ns = v.value(keys::PgSystemNamespace);
    auto cmd = [](const QString& program, const QStringList& args) -> QString {
        QStringList words;
        for (const QString& a : args)
            words << ScriptExporter::shellWord(a);
        return program + QLatin1Char(' ') + words.join(QLatin1Char(' '));
    };
    QStringList lines;
    lines << QStringLiteral("# ") + tr("The nodes of both node pools, across the zones:");
    lines << cmd(QStringLiteral("kubectl"),
                 {QStringLiteral("get"), QStringLiteral("nodes"), QStringLiteral("--context"),
                  context, QStringLiteral("--label-columns"),
                  QStringLiteral("agentpool,topology.kubernetes.io/zone")});
    lines << QStringLiteral("# ") + tr("The CNPG operator:");
    lines << cmd(QStringLiteral("kubectl"),
                 {QStringLiteral("get"), QStringLiteral("deployment"), QStringLiteral("--context"),
                  context, QStringLiteral("--namespace"), ns});
    lines << QStringLiteral("# ") + tr("The database cluster, its instances and its backups:");
    lines << cmd(QStringLiteral("kubectl"),
                 {QStringLiteral("cnpg"), QStringLiteral("status"), v.value(keys::PgClusterName),
                  QStringLiteral("--context"), context, QStringLiteral("--namespace"),
                  v.value(keys::PgNamespace)});
    m_nextCommands->setScript(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

QString DonePage::reportText() const
{
    const QHash<QString, QString> v = m_deployment.values();
    QString out;
    out += QStringLiteral("# ") + tr("Deployment report") + QLatin1Char('\n');
    out += tr("Resource group: %1").arg(v.value(keys::ResourceGroup)) + QLatin1Char('\n');
    out += tr("Mode: %1").arg(m_deployment.options().simulate ? tr("simulation") : tr("Azure")) +
           QLatin1Char('\n');
    out += tr("Outcome: %1").arg(Executor::outcomeName(m_deployment.outcome())) + QLatin1Char('\n');
    out += tr("Written: %1").arg(QDateTime::currentDateTime().toString(Qt::ISODate)) +
           QStringLiteral("\n\n## ") + tr("Outputs") + QStringLiteral("\n");
    for (const QString& key : outputOrder())
        out += QStringLiteral("- ") + outputName(key) + QStringLiteral(": ") + output(key) +
               QLatin1Char('\n');
    // How to connect, never the password (it stays in the cluster).
    const DatabaseAccess::Endpoint e = DatabaseAccess::endpoint(v);
    out += QStringLiteral("\n## ") + tr("Connect to the database") + QLatin1Char('\n');
    out += QStringLiteral("- ") + tr("Host") + QStringLiteral(": ") + e.host + QLatin1Char('\n');
    out += QStringLiteral("- ") + tr("Ports") +
           QStringLiteral(": %1 (rw), %2 (ro)\n").arg(e.readWritePort).arg(e.readOnlyPort);
    out += QStringLiteral("- ") + tr("Database") + QStringLiteral(": ") + e.database +
           QLatin1Char('\n');
    out += QStringLiteral("- ") + tr("User") + QStringLiteral(": ") + e.user + QLatin1Char('\n');
    out += QStringLiteral("\n## ") + tr("Steps") + QLatin1Char('\n');
    if (const StepListModel* model = m_deployment.model()) {
        for (const Step& s :
             m_deployment.executor() ? m_deployment.executor()->plan().steps() : QList<Step>()) {
            const StepStatus st = model->stepStatus(s.id);
            out += QStringLiteral("- %1 [%2]: %3, %4")
                       .arg(QCoreApplication::translate("cnpg::Plan", qPrintable(s.title)), s.id,
                            StepText::stateText(st.state), StepText::formatElapsed(st.elapsedMs));
            if (st.attempt > 1)
                out += QStringLiteral(", ") + tr("%n attempt(s)", nullptr, st.attempt);
            out += QLatin1Char('\n');
            if (st.state == StepState::Failed && !st.errorText.isEmpty())
                out += QStringLiteral("    ") +
                       QString(st.errorText.trimmed())
                           .replace(QLatin1Char('\n'), QStringLiteral("\n    ")) +
                       QLatin1Char('\n');
            if (st.state == StepState::Failed && !s.remedyOn && !s.remedyText.isEmpty())
                out += QStringLiteral("    ") +
                       QCoreApplication::translate("cnpg::Plan", qPrintable(s.remedyText)) +
                       QLatin1Char('\n');
        }
    }
    if (!m_findings.isEmpty()) {
        out += QStringLiteral("\n## ") + tr("Readiness checks") + QLatin1Char('\n');
        for (const Finding& f : m_findings)
            out += QStringLiteral("- ") +
                   ReadinessText::line(f).replace(QLatin1Char('\n'), QStringLiteral("\n  ")) +
                   QLatin1Char('\n');
    }
    if (m_cost) {
        out += QStringLiteral("\n## ") + tr("Estimated cost") + QStringLiteral("\n\n") +
               CostText::table(m_cost->estimate(), m_cost->status());
    }
    out += QStringLiteral("\n## ") + tr("Settings") + QLatin1Char('\n');
    for (const FieldSpec& f : SettingsSchema::fields())
        out += QStringLiteral("- ") + f.key + QStringLiteral("=") +
               m_deployment.settings().value(f.key) + QLatin1Char('\n');
    return out;
}

void DonePage::retranslate()
{
    WizardPage::retranslate();
    m_outputsLabel->setText(tr("What was created"));
    for (const QString& key : outputOrder()) {
        m_outputLabels.value(key)->setText(outputName(key) + QLatin1Char(':'));
        m_outputs.value(key)->setAccessibleName(outputName(key));
    }
    m_connectionLabel->setText(tr("Connect to the database"));
    m_connection->retranslate();
    m_nextLabel->setText(tr("Next steps"));
    m_nextText->setText(
        tr("The validation guide goes on from here (sample data, upgrades, restore from a "
           "backup). It uses the environment variables of this deployment: save them with File "
           "> Save settings. These commands check the cluster from a terminal:"));
    m_nextCommands->setAccessibleName(tr("Commands to check the cluster"));
    m_openLogs->setText(tr("&Open the log folder"));
    m_exportReport->setText(tr("Export a run &report…"));
    m_teardown->setText(tr("Tear do&wn…"));
    m_teardown->setToolTip(tr("It costs money every hour it stands: File › Deployments tears it "
                              "down, after listing what goes and asking for its name."));
    refresh();
}

} // namespace cnpg
