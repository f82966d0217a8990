#include "SettingsFormPage.h"

#include "CommandPreview.h"
#include "FieldEditor.h"
#include "ManifestTabs.h"
#include "ScriptSections.h"
#include "SettingsModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

namespace cnpg {

namespace {

// The settings a page edits, in the order a reader of the guide expects them.
QStringList pageKeys(PageId id)
{
    if (id == PageId::Settings) {
        // LOCAL_NAME and SUFFIX first: every derived name follows them.
        return {
            keys::LocalName,     keys::Suffix,         keys::Region,      keys::Tags,
            keys::ResourceGroup, keys::ClusterVersion, keys::PgNamespace, keys::PgSystemNamespace,
            keys::ClientIp};
    }
    FieldGroup group;
    switch (id) {
    case PageId::IdentityStorage:
        group = FieldGroup::IdentityStorage;
        break;
    case PageId::Monitoring:
        group = FieldGroup::Monitoring;
        break;
    case PageId::Cluster:
        group = FieldGroup::Cluster;
        break;
    case PageId::PublicIp:
        group = FieldGroup::PublicIp;
        break;
    case PageId::Operator:
        group = FieldGroup::Operator;
        break;
    case PageId::Postgres:
        group = FieldGroup::Postgres;
        break;
    default:
        return {};
    }
    QStringList out;
    for (const FieldSpec& f : SettingsSchema::fields()) {
        if (f.group == group)
            out << f.key;
    }
    return out;
}

} // namespace

SettingsFormPage::SettingsFormPage(PageId id, SettingsModel& model, QWidget* parent)
    : WizardPage(id, parent)
    , m_model(model)
    , m_preview(new CommandPreview(this))
    , m_previewLabel(new QLabel(this))
{
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);

    auto* scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // the fields take the focus; it scrolls to them
    auto* fields = new QWidget(scroll);
    auto* fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 8, 0);
    scroll->setWidget(fields);

    QFormLayout* guideForm = nullptr;
    QFormLayout* extraForm = nullptr;
    const QStringList keys = pageKeys(id);
    for (const QString& key : keys) {
        const FieldSpec* spec = SettingsSchema::find(key);
        if (!spec)
            continue;
        QFormLayout*& form = spec->fromGuide ? guideForm : extraForm;
        QGroupBox*& box = spec->fromGuide ? m_guideBox : m_extraBox;
        if (!form) {
            box = new QGroupBox(fields);
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
            form->setRowWrapPolicy(QFormLayout::WrapLongRows);
            fieldsLayout->addWidget(box);
        }
        auto* editor = new FieldEditor(*spec, m_model, box);
        form->addRow(editor->label(), editor);
        m_editors << editor;
        connect(editor, &FieldEditor::validityChanged, this, &WizardPage::completeChanged);
        if (key == keys::Suffix) {
            m_regenerate = editor->addButton();
            m_regenerate->setObjectName(QStringLiteral("regenerateSuffix"));
            connect(m_regenerate, &QPushButton::clicked, &m_model,
                    &SettingsModel::regenerateSuffix);
        } else if (key == keys::ClientIp) {
            // Wired by the preflight checks; until then it stays disabled.
            m_detectIp = editor->addButton();
            m_detectIp->setObjectName(QStringLiteral("detectClientIp"));
            m_detectIp->setEnabled(false);
            connect(m_detectIp, &QPushButton::clicked, this,
                    &SettingsFormPage::detectClientIpRequested);
        }
    }
    if (m_editors.isEmpty()) {
        // Nothing to edit: the note goes above the commands, which get the whole width.
        m_noFields = new QLabel(this);
        m_noFields->setWordWrap(true);
        scroll->hide();
    }
    fieldsLayout->addStretch(1);

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_previewLabel->setBuddy(m_preview);
    m_preview->setObjectName(QStringLiteral("commandPreview"));
    if (m_noFields) {
        rightLayout->addWidget(m_noFields);
    } else {
        // The fields never squeezed by the commands; on the PostgreSQL cluster page wide
        // enough for the whole image name, whose tag is the PostgreSQL version.
        scroll->setMinimumWidth(id == PageId::Postgres ? 560 : 440);
    }
    if (id == PageId::Postgres) {
        // The manifests the page's values make, then its commands, one tab each.
        m_manifests = new ManifestTabs(m_model, right);
        auto* commands = new QWidget(m_manifests);
        auto* commandsLayout = new QVBoxLayout(commands);
        commandsLayout->setContentsMargins(0, 4, 0, 0);
        m_previewLabel->setParent(commands);
        m_preview->setParent(commands);
        commandsLayout->addWidget(m_previewLabel);
        commandsLayout->addWidget(m_preview, 1);
        m_manifests->addCommands(commands);
        rightLayout->addWidget(m_manifests, 1);
    } else {
        rightLayout->addWidget(m_previewLabel);
        rightLayout->addWidget(m_preview, 1);
    }

    splitter->addWidget(scroll);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 5);
    content()->addWidget(splitter, 1);

    // The commands after the fields (the preview was created first).
    // The manifests' tabs come after the fields by creation; the commands are their last tab.
    if (m_manifests)
        setTabOrder(m_manifests->scheduledBackup()->view(), m_preview);
    else if (!m_editors.isEmpty())
        setTabOrder(m_editors.last()->resetButton(), m_preview);
    connect(&m_model, &SettingsModel::scriptChanged, this, [this] {
        m_previewDirty = true;
        if (isVisible())
            refreshPreview();
    });
    finishSetup();
}

void SettingsFormPage::addFooter(QWidget* widget)
{
    content()->addWidget(widget);
}

QStringList SettingsFormPage::keys() const
{
    QStringList out;
    for (const FieldEditor* e : m_editors)
        out << e->key();
    return out;
}

FieldEditor* SettingsFormPage::editor(const QString& key) const
{
    for (FieldEditor* e : m_editors) {
        if (e->key() == key)
            return e;
    }
    return nullptr;
}

bool SettingsFormPage::isComplete() const
{
    for (const FieldEditor* e : m_editors) {
        if (!e->isValid())
            return false;
    }
    return true;
}

void SettingsFormPage::showEvent(QShowEvent* event)
{
    if (m_previewDirty)
        refreshPreview();
    WizardPage::showEvent(event);
}

void SettingsFormPage::refreshPreview()
{
    m_previewDirty = false;
    m_preview->setScript(
        ScriptSections::forStages(m_model.script(), m_model.plan(), stagesOf(id()), keys()));
}

QString SettingsFormPage::title() const
{
    switch (id()) {
    case PageId::Settings:
        return tr("Settings");
    case PageId::Extensions:
        return tr("Extensions and tools");
    case PageId::IdentityStorage:
        return tr("Identity and storage");
    case PageId::Monitoring:
        return tr("Monitoring");
    case PageId::Cluster:
        return tr("AKS cluster and node pools");
    case PageId::PublicIp:
        return tr("Ingress public IP");
    case PageId::Operator:
        return tr("Operator");
    case PageId::Postgres:
        return tr("PostgreSQL cluster");
    default:
        return QString();
    }
}

QString SettingsFormPage::explanation() const
{
    switch (id()) {
    case PageId::Settings:
        return tr("These are the guide's environment variables. The resource names are derived "
                  "from LOCAL_NAME and SUFFIX, and the suffix keeps them unique. The cluster's API "
                  "server will accept connections only from the public client IP.");
    case PageId::Extensions:
        return tr("The Azure CLI extensions aks-preview, k8s-extension and amg add the commands "
                  "this guide needs for AKS and Azure Managed Grafana. krew, the kubectl plugin "
                  "manager, then installs the CNPG plugin, which later manages the PostgreSQL "
                  "operator.");
    case PageId::IdentityStorage:
        return tr("A resource group holds everything this guide creates. A user-assigned managed "
                  "identity lets PostgreSQL reach Azure Blob Storage through AKS workload "
                  "identity, without secrets. The storage account's container keeps the "
                  "write-ahead logs and backups; the identity gets the Storage Blob Data "
                  "Contributor role on the account.");
    case PageId::Monitoring:
        return tr("An Azure Managed Grafana instance, an Azure Monitor workspace and a Log "
                  "Analytics workspace collect the PostgreSQL cluster's metrics and logs. The "
                  "cluster is linked to them when it is created. Grafana takes a few minutes.");
    case PageId::Cluster:
        return tr("A multi-zone AKS cluster with a system node pool, then a user node pool "
                  "labelled workload=postgres that hosts PostgreSQL. Then the credentials, the "
                  "two namespaces and container insights for log collection. This is the longest "
                  "part of the deployment.");
    case PageId::PublicIp:
        return tr("A static public IP in the cluster's node resource group, which an Azure load "
                  "balancer later uses to expose PostgreSQL to clients such as psql. The identity "
                  "gets the Network Contributor role on that resource group.");
    case PageId::Operator:
        return tr("The CloudNativePG (CNPG) operator is installed with Helm into the operator "
                  "namespace. It manages the PostgreSQL clusters that the next guide deploys.");
    case PageId::Postgres:
        return tr("The highly available PostgreSQL cluster of the next guide: a primary and "
                  "standbys spread across the zones on the PostgreSQL node pool, each with its "
                  "own disk, backed up to the storage account. The image's tag sets the "
                  "PostgreSQL version. The manifests beside the fields are what the deployment "
                  "applies, exactly as in the exported script.");
    default:
        return QString();
    }
}

void SettingsFormPage::retranslate()
{
    WizardPage::retranslate();
    m_previewLabel->setText(tr("&Commands of this step, as in the exported script:"));
    m_preview->setAccessibleName(tr("Commands"));
    if (m_guideBox)
        m_guideBox->setTitle(tr("The guide's environment variables"));
    if (m_extraBox)
        m_extraBox->setTitle(tr("Values the guide writes into its commands"));
    if (m_noFields)
        m_noFields->setText(tr("Nothing to set here: these tools are installed the same way for "
                               "every deployment. The Azure CLI extensions aks-preview, "
                               "k8s-extension and amg; krew; the kubectl plugin cnpg."));
    if (m_regenerate) {
        m_regenerate->setText(tr("&Regenerate"));
        m_regenerate->setToolTip(tr("Draw a new random suffix"));
        m_regenerate->setAccessibleName(tr("Regenerate the suffix"));
    }
    if (m_detectIp) {
        m_detectIp->setText(tr("&Detect"));
        m_detectIp->setToolTip(tr("Ask the internet which address this computer uses"));
        m_detectIp->setAccessibleName(tr("Detect the public client IP"));
    }
    // Script comments follow the language; the model regenerates and tells us.
}

} // namespace cnpg
