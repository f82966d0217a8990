#include "DeploymentsDialog.h"

#include "Deployment.h"
#include "SettingsModel.h"
#include "TeardownDialog.h"
#include "export/ScriptExporter.h"
#include "plan/PlanBuilder.h"
#include "plan/TeardownBuilder.h"
#include "run/Journal.h"
#include "settings/SettingsSchema.h"
#include "util/AtomicFile.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cnpg {

namespace {

enum ListColumn
{
    GroupColumn,
    RegionColumn,
    WhenColumn,
    OutcomeColumn,
    StepsColumn,
    TeardownColumn,
    ListColumns
};

// What matters most first: a long type name may run off the right edge.
enum ResourceColumn
{
    NowColumn,
    NameColumn,
    ResourceGroupColumn,
    TypeColumn,
    ResourceColumns
};

constexpr QFileDevice::Permissions ScriptPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
    QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther;

bool sameResource(const QString& type, const QString& name, const TeardownInventory::Item& i)
{
    return type.compare(i.type, Qt::CaseInsensitive) == 0 &&
           name.compare(i.name, Qt::CaseInsensitive) == 0;
}

} // namespace

DeploymentsDialog::DeploymentsDialog(const RunService::Context& context, RunService::Mode mode,
                                     QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_mode(mode)
    , m_service(context)
    , m_list(new QTreeWidget(this))
    , m_resourcesLabel(new QLabel(this))
    , m_resources(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_resume(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_exportTeardown(new QPushButton(this))
    , m_check(new QPushButton(this))
    , m_teardown(new QPushButton(this))
    , m_close(new QPushButton(this))
{
    setObjectName(QStringLiteral("deploymentsDialog"));
    buildLayout();
    connect(m_list, &QTreeWidget::currentItemChanged, this, &DeploymentsDialog::showSelected);
    connect(m_resume, &QPushButton::clicked, this, [this] {
        if (const auto settings = selectedSettings()) {
            emit resumeRequested(*settings);
            accept();
        }
    });
    connect(m_export, &QPushButton::clicked, this,
            [this] { askPath(QStringLiteral("/deploy-%1.sh"), false); });
    connect(m_exportTeardown, &QPushButton::clicked, this,
            [this] { askPath(QStringLiteral("/teardown-%1.sh"), true); });
    connect(m_check, &QPushButton::clicked, this, &DeploymentsDialog::checkSelected);
    connect(m_teardown, &QPushButton::clicked, this, [this] {
        if (TeardownDialog* d = tearDownSelected())
            d->open();
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslate();
    refresh();
    resize(1000, 640);
}

DeploymentsDialog::~DeploymentsDialog()
{
    // The teardown goes first, while this dialog is whole: it tells us when it is destroyed.
    if (m_teardownDialog) {
        m_teardownDialog->disconnect(this);
        delete m_teardownDialog;
    }
}

void DeploymentsDialog::buildLayout()
{
    m_list->setObjectName(QStringLiteral("deploymentList"));
    m_list->setColumnCount(ListColumns);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resources->setObjectName(QStringLiteral("deploymentResources"));
    m_resources->setColumnCount(ResourceColumns);
    m_resources->setRootIsDecorated(false);
    m_resources->setUniformRowHeights(true);
    m_resources->setAlternatingRowColors(true);
    m_resources->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resourcesLabel->setBuddy(m_resources);
    m_status->setObjectName(QStringLiteral("deploymentsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_exportTeardown->setObjectName(QStringLiteral("exportTeardownButton"));
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_teardown->setObjectName(QStringLiteral("teardownButton"));
    m_teardown->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_list);
    auto* lower = new QWidget(split);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_resourcesLabel);
    lowerLayout->addWidget(m_resources);
    split->addWidget(lower);
    // Few deployments, many resources each.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* b : {m_resume, m_export, m_exportTeardown, m_check, m_teardown})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);
}

void DeploymentsDialog::refresh()
{
    const QString current =
        selectedRow() >= 0 ? m_entries.at(selectedRow()).resourceGroup : QString();
    m_entries = DeploymentIndex::scan(m_context.dataDir);
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const DeploymentIndex::Entry& e : m_entries) {
        auto* row = new QTreeWidgetItem(m_list);
        row->setText(GroupColumn, e.resourceGroup);
        if (!e.problem.isEmpty()) {
            row->setText(OutcomeColumn, tr("unreadable journal: %1").arg(e.problem));
            continue;
        }
        row->setText(RegionColumn, e.region);
        row->setText(WhenColumn,
                     e.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        row->setText(OutcomeColumn, outcomeText(e.outcome));
        row->setText(StepsColumn, QStringLiteral("%1/%2").arg(e.stepsDone).arg(e.stepsTotal));
        row->setText(TeardownColumn, e.teardownOutcome.isEmpty() ? QStringLiteral("—")
                                     : e.teardownOutcome == QLatin1String("succeeded")
                                         ? tr("torn down")
                                         : outcomeText(e.teardownOutcome));
    }
    if (!m_entries.isEmpty() && !(current.size() && select(current)))
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showSelected();
}

bool DeploymentsDialog::select(const QString& resourceGroup)
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).resourceGroup == resourceGroup) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return true;
        }
    }
    return false;
}

int DeploymentsDialog::selectedRow() const
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    return row >= 0 && row < m_entries.size() ? row : -1;
}

std::optional<Settings> DeploymentsDialog::selectedSettings() const
{
    const int row = selectedRow();
    if (row < 0)
        return std::nullopt;
    return RunService::journalSettings(m_entries.at(row).journalPath);
}

void DeploymentsDialog::showSelected()
{
    m_live.reset();
    m_liveError.clear();
    m_recorded.clear();
    m_recordError.clear();
    const int row = selectedRow();
    if (row >= 0)
        m_recorded = DeploymentIndex::resources(m_entries.at(row).journalPath, &m_recordError);
    retranslate();
}

void DeploymentsDialog::fillResources()
{
    m_resources->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    const auto add = [this](const QString& type, const QString& name, const QString& group,
                            const QString& now) {
        auto* row = new QTreeWidgetItem(m_resources);
        row->setText(TypeColumn, type);
        row->setText(NameColumn, name);
        row->setText(ResourceGroupColumn, group);
        row->setText(NowColumn, now);
        return row;
    };
    QList<TeardownInventory::Item> unmatched = m_live.value_or(QList<TeardownInventory::Item>());
    for (const DeploymentIndex::Resource& r : m_recorded) {
        QString now;
        if (m_live) {
            const auto it = std::find_if(
                unmatched.begin(), unmatched.end(),
                [&r](const TeardownInventory::Item& i) { return sameResource(r.type, r.name, i); });
            if (it != unmatched.end()) {
                now = tr("exists");
                unmatched.erase(it);
            } else {
                // Kubernetes objects live inside the cluster, which Azure does not list.
                now = r.listed                                         ? tr("gone")
                      : r.type.startsWith(QLatin1String("Microsoft.")) ? tr("not listed by Azure")
                                                                       : tr("inside the cluster");
            }
        }
        add(r.type, r.name, r.group, now);
    }
    for (const TeardownInventory::Item& i : unmatched) {
        QTreeWidgetItem* row = add(i.type, i.name, i.group,
                                   i.ours ? tr("exists (made by Azure for the deployment)")
                                          : tr("exists (not made by this deployment)"));
        if (!i.ours)
            row->setIcon(NowColumn, warning);
    }
    m_resources->setHeaderLabels(
        {tr("In Azure now"), tr("Name"), tr("Resource group"), tr("Type")});
}

void DeploymentsDialog::checkSelected()
{
    const auto settings = selectedSettings();
    if (!settings || m_checking)
        return;
    RunService::Request request;
    request.settings = *settings;
    request.mode = m_mode;
    request.action = RunService::Action::Teardown;
    QProcessEnvironment env;
    const RunService::StartResult refused = m_service.check(request, &env);
    if (!refused.ok() && refused.refusal != RunService::Refusal::NothingToResume) {
        onChecked({}, Deployment::errorText(refused));
        return;
    }
    m_checking = true;
    refreshButtons();
    m_status->setText(
        tr("Asking Azure what of %1 still exists…").arg(settings->value(keys::ResourceGroup)));
    auto* inventory = new TeardownInventory(*m_context.launcher, env, this);
    const QString group = settings->value(keys::ResourceGroup);
    connect(inventory, &TeardownInventory::finished, this,
            [this, inventory, group](const QList<TeardownInventory::Item>& items,
                                     const QString& error) {
                inventory->deleteLater();
                m_checking = false;
                // The user may have moved on to another deployment meanwhile.
                if (selectedRow() >= 0 && m_entries.at(selectedRow()).resourceGroup == group)
                    onChecked(items, error);
                else
                    refreshButtons();
            });
    inventory->start(*settings);
}

void DeploymentsDialog::onChecked(const QList<TeardownInventory::Item>& items, const QString& error)
{
    m_live = items;
    m_liveError = error;
    retranslate();
    emit checked();
}

bool DeploymentsDialog::exportScriptTo(const QString& path, QString* error) const
{
    const auto settings = selectedSettings();
    if (!settings) {
        if (error)
            *error = tr("the journal records no settings");
        return false;
    }
    const QString script = ScriptExporter::generate(PlanBuilder::build(*settings), *settings,
                                                    SettingsModel::generatorName());
    return AtomicFile::write(path, script.toUtf8(), error, ScriptPermissions);
}

bool DeploymentsDialog::exportTeardownTo(const QString& path, QString* error) const
{
    const auto settings = selectedSettings();
    if (!settings) {
        if (error)
            *error = tr("the journal records no settings");
        return false;
    }
    const QString script = ScriptExporter::generateTeardown(
        TeardownBuilder::build(*settings, {}), *settings, SettingsModel::generatorName());
    return AtomicFile::write(path, script.toUtf8(), error, ScriptPermissions);
}

void DeploymentsDialog::askPath(const QString& suggested, bool teardown)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const QString path = QDir::homePath() + suggested.arg(m_entries.at(row).resourceGroup);
    // open(), not exec(): runs and checks go on meanwhile.
    auto* dialog =
        new QFileDialog(this, teardown ? tr("Export teardown script") : tr("Export script"), path,
                        tr("Bash scripts (*.sh)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    connect(dialog, &QFileDialog::fileSelected, this, [this, teardown](const QString& file) {
        QString error;
        const bool ok = teardown ? exportTeardownTo(file, &error) : exportScriptTo(file, &error);
        m_status->setText(ok ? tr("Written: %1").arg(file)
                             : tr("Cannot write %1: %2").arg(file, error));
    });
    dialog->open();
}

TeardownDialog* DeploymentsDialog::tearDownSelected()
{
    const auto settings = selectedSettings();
    if (!settings || m_tearingDown)
        return nullptr;
    auto* dialog = new TeardownDialog(m_context, m_mode, *settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_teardownDialog = dialog;
    connect(dialog, &TeardownDialog::phaseChanged, this, [this](TeardownDialog::Phase phase) {
        if (phase >= TeardownDialog::Phase::Stopped)
            refresh();
    });
    // Not through m_teardownDialog: while the dialog is being destroyed it is no longer one.
    m_tearingDown = true;
    connect(dialog, &QObject::destroyed, this, [this] {
        m_tearingDown = false;
        refreshButtons();
    });
    dialog->start();
    refreshButtons();
    return dialog;
}

void DeploymentsDialog::refreshButtons()
{
    const int row = selectedRow();
    const bool readable = row >= 0 && m_entries.at(row).problem.isEmpty();
    const DeploymentIndex::Entry e = row >= 0 ? m_entries.at(row) : DeploymentIndex::Entry();
    const bool tornDown = e.teardownOutcome == QLatin1String("succeeded");
    // A simulated deployment is neither checked, resumed nor torn down in Azure, and a real
    // one not in the simulator: it would find nothing there, or the wrong things.
    const bool here = readable && isThisMode(e);
    m_resume->setEnabled(here && !tornDown && e.outcome != QLatin1String("succeeded"));
    m_export->setEnabled(readable);
    m_exportTeardown->setEnabled(readable);
    m_check->setEnabled(here && !m_checking);
    m_teardown->setEnabled(here && !m_tearingDown);
}

bool DeploymentsDialog::isThisMode(const DeploymentIndex::Entry& e) const
{
    return RunService::isOfMode(e.mode, m_mode);
}

QString DeploymentsDialog::outcomeText(const QString& outcome) const
{
    if (outcome == QLatin1String("succeeded"))
        return tr("succeeded");
    if (outcome == QLatin1String("failed"))
        return tr("failed");
    if (outcome == QLatin1String("cancelled"))
        return tr("cancelled");
    if (outcome == QLatin1String("running"))
        return tr("running or interrupted");
    return outcome;
}

void DeploymentsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
    QDialog::changeEvent(event);
}

void DeploymentsDialog::retranslate()
{
    setWindowTitle(tr("Deployments"));
    m_list->setHeaderLabels({tr("Resource group"), tr("Region"), tr("Last run"), tr("Outcome"),
                             tr("Steps done"), tr("Teardown")});
    const int row = selectedRow();
    m_resourcesLabel->setText(
        row < 0 ? tr("No deployments yet: a deployment appears here once it has started.")
                : tr("Resources of %1, from its journal:").arg(m_entries.at(row).resourceGroup));
    fillResources();
    QString status;
    if (row >= 0 && !isThisMode(m_entries.at(row)))
        status = m_entries.at(row).mode == RunService::modeName(RunService::Mode::Simulate)
                     ? tr("A simulated deployment: check, resume and tear it down in simulation "
                          "mode. The wizard works against Azure now.")
                     : tr("A deployment in Azure: check, resume and tear it down against Azure. "
                          "The wizard works in simulation now.");
    else if (!m_recordError.isEmpty())
        status = tr("The journal cannot tell: %1").arg(m_recordError);
    else if (!m_liveError.isEmpty())
        status = tr("Azure could not list everything: %1").arg(m_liveError);
    else if (m_live)
        status = tr("Checked live: %n resource(s) of the deployment's groups exist.", nullptr,
                    int(m_live->size()));
    else if (row >= 0)
        status = tr("Check asks Azure what still exists.");
    m_status->setText(status);
    m_resume->setText(tr("Resume"));
    m_export->setText(tr("Export script…"));
    m_exportTeardown->setText(tr("Export teardown script…"));
    m_check->setText(tr("Check what exists"));
    m_teardown->setText(tr("Tear down…"));
    m_close->setText(tr("Close"));
    refreshButtons();
}

} // namespace cnpg
