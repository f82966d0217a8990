#include "DonePage.h"

#include "CommandPreview.h"
#include "ConnectionPanel.h"
#include "CostModel.h"
#include "Deployment.h"
#include "RunReport.h"
#include "export/ScriptExporter.h"

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

QString DonePage::reportHtml(const QString& language) const
{
    RunReport report(m_deployment);
    report.setLanguage(language);
    QList<RunReport::Output> outputs;
    for (const QString& key : outputOrder())
        outputs.append({outputName(key), output(key)});
    report.setOutputs(outputs);
    report.setReadinessFindings(m_findings);
    if (m_cost)
        report.setCost(m_cost->estimate(), m_cost->status());
    if (m_timeline)
        report.setTimelineSvg(m_timeline());
    return report.html();
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
