#include "TeardownDialog.h"

#include "Deployment.h"
#include "StepIconModel.h"
#include "run/StepListModel.h"
#include "run/TeardownWatch.h"
#include "settings/SettingsSchema.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace cnpg {

namespace {

// State and whose first: a long type name may run off the right edge.
enum InventoryColumn
{
    StateColumn,
    WhoseColumn,
    NameColumn,
    TypeColumn,
    GroupColumn,
    InventoryColumns
};

} // namespace

TeardownDialog::TeardownDialog(const RunService::Context& context, RunService::Mode mode,
                               const Settings& settings, QWidget* parent)
    : QDialog(parent)
    , m_service(context)
    , m_mode(mode)
    , m_settings(settings)
    , m_icons(new StepIconModel(this))
    , m_intro(new QLabel(this))
    , m_inventory(new QTreeWidget(this))
    , m_purge(new QCheckBox(this))
    , m_purgeNote(new QLabel(this))
    , m_foreign(new QCheckBox(this))
    , m_confirmLabel(new QLabel(this))
    , m_confirm(new QLineEdit(this))
    , m_progress(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_delete(new QPushButton(this))
    , m_stop(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_close(new QPushButton(this))
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("teardownDialog"));
    buildLayout();
    connect(m_confirm, &QLineEdit::textChanged, this, &TeardownDialog::refreshButtons);
    connect(m_foreign, &QCheckBox::toggled, this, &TeardownDialog::refreshButtons);
    connect(m_delete, &QPushButton::clicked, this, [this] { startRun(true); });
    connect(m_resume, &QPushButton::clicked, this, [this] { startRun(true); });
    connect(m_stop, &QPushButton::clicked, &m_service, &RunService::cancel);
    connect(m_close, &QPushButton::clicked, this, &TeardownDialog::reject);
    connect(&m_service, &RunService::executorCreated, this, [this](Executor* executor) {
        if (m_model)
            m_model->attach(executor);
    });
    connect(&m_service, &RunService::preparationFailed, this,
            [this](const QString& detail) { m_runError = detail; });
    connect(&m_service, &RunService::finished, this, &TeardownDialog::onFinished);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_model)
            m_model->tick();
        refreshStatus();
    });
    retranslate();
    setPhase(Phase::Listing);
    resize(1100, 680);
}

TeardownDialog::~TeardownDialog()
{
    // The model reads m_wording: it goes before the members it points to.
    delete m_model;
}

void TeardownDialog::buildLayout()
{
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_inventory->setObjectName(QStringLiteral("teardownInventory"));
    m_inventory->setColumnCount(InventoryColumns);
    m_inventory->setRootIsDecorated(false);
    m_inventory->setUniformRowHeights(true);
    m_inventory->setAlternatingRowColors(true);
    m_inventory->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_purge->setObjectName(QStringLiteral("purgeWorkspace"));
    m_purgeNote->setWordWrap(true);
    m_foreign->setObjectName(QStringLiteral("deleteForeign"));
    m_confirm->setObjectName(QStringLiteral("confirmName"));
    m_confirmLabel->setBuddy(m_confirm);
    m_confirmLabel->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("teardownProgress"));
    m_progress->setModel(m_icons);
    m_progress->setUniformRowHeights(true);
    m_progress->setRootIsDecorated(false);
    m_status->setObjectName(QStringLiteral("teardownStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_stop->setObjectName(QStringLiteral("stopWaitingButton"));
    m_resume->setObjectName(QStringLiteral("resumeTeardownButton"));
    m_close->setObjectName(QStringLiteral("closeButton"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_inventory, 2);
    layout->addWidget(m_purge);
    layout->addWidget(m_purgeNote);
    layout->addWidget(m_foreign);
    layout->addWidget(m_confirmLabel);
    layout->addWidget(m_confirm);
    layout->addWidget(m_progress, 1);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QPushButton* b : {m_delete, m_stop, m_resume, m_close})
        buttons->addWidget(b);
    layout->addLayout(buttons);
}

void TeardownDialog::start()
{
    setPhase(Phase::Listing);
    RunService::Request request;
    request.settings = m_settings;
    request.mode = m_mode;
    request.action = RunService::Action::Teardown;
    QProcessEnvironment env;
    const RunService::StartResult refused = m_service.check(request, &env);
    if (!refused.ok() && refused.refusal != RunService::Refusal::NothingToResume) {
        onListed({}, Deployment::errorText(refused));
        return;
    }
    auto* inventory = new TeardownInventory(*m_service.context().launcher, env, this);
    connect(
        inventory, &TeardownInventory::finished, this,
        [this, inventory, env](const QList<TeardownInventory::Item>& items, const QString& error) {
            inventory->deleteLater();
            m_items = items;
            m_listError = error;
            listLeftovers(env);
        });
    inventory->start(m_settings);
}

void TeardownDialog::listLeftovers(const QProcessEnvironment& env)
{
    auto* leftovers = new KubeconfigLeftovers(*m_service.context().launcher, env, this);
    connect(leftovers, &KubeconfigLeftovers::finished, this,
            [this, leftovers](const QList<KubeconfigLeftovers::Entry>& entries) {
                leftovers->deleteLater();
                m_leftovers = entries;
                onListed(m_items, m_listError);
            });
    leftovers->start(m_settings);
}

void TeardownDialog::onListed(const QList<TeardownInventory::Item>& items, const QString& error)
{
    m_items = items;
    m_listError = error;
    retranslate(); // the list, and the foreign box's count
    // An incomplete list cannot be confirmed: what it misses might be someone else's.
    setPhase(error.isEmpty() ? Phase::Confirm : Phase::ListFailed);
    if (m_phase == Phase::Confirm)
        m_confirm->setFocus();
}

void TeardownDialog::fillInventory()
{
    m_inventory->clear();
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (int i = 0; i < m_items.size(); ++i) {
        const TeardownInventory::Item& item = m_items.at(i);
        auto* row = new QTreeWidgetItem(m_inventory);
        row->setText(StateColumn, stateText(i));
        row->setText(GroupColumn, item.group);
        row->setText(TypeColumn, item.type);
        row->setText(NameColumn, item.name);
        row->setText(WhoseColumn,
                     item.ours ? tr("this deployment's") : tr("not made by this deployment"));
        if (!item.ours) {
            row->setIcon(WhoseColumn, warning);
            QFont bold = row->font(NameColumn);
            bold.setBold(true);
            for (int c = 0; c < InventoryColumns; ++c)
                row->setFont(c, bold);
        }
    }
    using K = KubeconfigLeftovers::Kind;
    for (const KubeconfigLeftovers::Entry& e : std::as_const(m_leftovers)) {
        auto* row = new QTreeWidgetItem(m_inventory);
        row->setText(StateColumn, m_phase == Phase::Finished ? tr("deleted") : QString());
        row->setText(WhoseColumn, tr("this deployment's"));
        row->setText(NameColumn, e.name);
        row->setText(GroupColumn, tr("this machine"));
        row->setText(TypeColumn, e.kind == K::Context   ? tr("kubeconfig context")
                                 : e.kind == K::Cluster ? tr("kubeconfig cluster")
                                                        : tr("kubeconfig user"));
    }
    m_inventory->setHeaderLabels(
        {tr("State"), tr("Made by"), tr("Name"), tr("Type"), tr("Resource group")});
}

QString TeardownDialog::stateText(int index) const
{
    if (m_phase == Phase::Finished)
        return tr("deleted");
    if (!m_watch || index >= m_watch->entries().size())
        return m_phase == Phase::Running ? tr("deleting…") : QString();
    const TeardownWatch::Entry& e = m_watch->entries().at(index);
    return e.gone ? tr("deleted after %1").arg(StepText::formatElapsed(e.goneAfterMs))
                  : tr("deleting…");
}

void TeardownDialog::watch()
{
    delete m_watch;
    m_watch = m_service.watchTeardown(m_items, this);
    connect(m_watch, &TeardownWatch::changed, this, &TeardownDialog::fillInventory);
    connect(m_watch, &TeardownWatch::polled, this, &TeardownDialog::refreshStatus);
}

int TeardownDialog::foreignCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(),
                             [](const TeardownInventory::Item& i) { return !i.ours; }));
}

void TeardownDialog::refreshButtons()
{
    const bool confirming = m_phase == Phase::Confirm;
    const bool named = m_confirm->text() == m_settings.value(keys::ResourceGroup);
    m_delete->setEnabled(confirming && named && (foreignCount() == 0 || m_foreign->isChecked()));
    m_delete->setVisible(m_phase <= Phase::Confirm);
    m_stop->setVisible(m_phase == Phase::Running);
    m_resume->setVisible(m_phase == Phase::Stopped || m_phase == Phase::Failed);
    m_purge->setEnabled(confirming);
    m_foreign->setVisible(foreignCount() > 0);
    m_foreign->setEnabled(confirming);
    m_confirm->setEnabled(confirming);
    m_close->setText(m_phase == Phase::Running ? tr("Stop waiting and close") : tr("Close"));
}

void TeardownDialog::startRun(bool resume)
{
    RunService::Request request;
    request.settings = m_settings;
    request.mode = m_mode;
    request.action = RunService::Action::Teardown;
    request.purgeWorkspace = m_purge->isChecked();
    request.resume = resume;
    RunService::StartResult result = m_service.start(request);
    // A teardown that never ran has nothing to continue; one of other settings is probed step
    // by step anyway: both start afresh.
    if (result.refusal == RunService::Refusal::NothingToResume ||
        result.refusal == RunService::Refusal::SettingsChanged) {
        request.resume = false;
        result = m_service.start(request);
    }
    if (!result.ok()) {
        m_runError = Deployment::errorText(result);
        setPhase(Phase::Failed);
        return;
    }
    m_runError.clear();
    if (!m_model) {
        m_model = new StepListModel(RunService::plan(request), m_settings.resolvedValues(), {},
                                    m_wording, nullptr);
        m_icons->setSourceModel(m_model);
        QHeaderView* h = m_progress->header();
        h->setStretchLastSection(false);
        h->setSectionResizeMode(StepListModel::ResourceColumn, QHeaderView::Stretch);
        for (int c = StepListModel::StateColumn; c < StepListModel::ColumnCount; ++c)
            h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    }
    m_elapsed.start();
    m_tick->start();
    setPhase(Phase::Running);
    watch();
    fillInventory();
}

void TeardownDialog::onFinished(Executor::Outcome outcome)
{
    m_tick->stop();
    if (m_watch)
        m_watch->stop(); // only the wait ends: Azure goes on deleting
    if (m_model)
        m_model->tick();
    switch (outcome) {
    case Executor::Outcome::Succeeded:
        setPhase(Phase::Finished);
        fillInventory();
        break;
    case Executor::Outcome::Cancelled:
        setPhase(Phase::Stopped);
        break;
    default:
        if (m_runError.isEmpty() && m_model && m_model->anyFailed())
            m_runError = tr("A step failed: its row shows the tool's error.");
        setPhase(Phase::Failed);
        break;
    }
    if (m_closeWhenStopped)
        QDialog::reject();
}

void TeardownDialog::setPhase(Phase phase)
{
    m_phase = phase;
    const bool before = phase <= Phase::Confirm;
    m_purgeNote->setVisible(before);
    m_confirmLabel->setVisible(before);
    m_confirm->setVisible(before);
    m_purge->setVisible(before || m_purge->isChecked());
    m_progress->setVisible(!before);
    refreshButtons();
    refreshStatus();
    emit phaseChanged(phase);
}

void TeardownDialog::refreshStatus()
{
    const QString rg = m_settings.value(keys::ResourceGroup);
    QString text;
    switch (m_phase) {
    case Phase::Listing:
        text = tr("Listing what the teardown deletes…");
        break;
    case Phase::ListFailed:
        text = tr("Cannot list what the teardown would delete; nothing was deleted: %1")
                   .arg(m_listError);
        break;
    case Phase::Confirm:
        text = m_items.isEmpty()
                   ? tr("Azure lists nothing in either resource group: they are gone already, "
                        "or empty. The teardown makes sure of it.")
                   : tr("%n resource(s) will be deleted.", nullptr, int(m_items.size()));
        if (foreignCount() > 0)
            text += QLatin1Char(' ') +
                    tr("%n of them not made by this deployment (marked): they go too only "
                       "when you tick the box above.",
                       nullptr, foreignCount());
        break;
    case Phase::Running: {
        // The resources' typical deletion times once the watch knows them, else the steps'.
        const qint64 watched = m_watch ? m_watch->estimatedRemainingMs() : -1;
        const qint64 eta = watched >= 0 ? watched / 1000 : (m_model ? m_model->etaSeconds() : 0);
        text = tr("Azure is deleting %1. Elapsed %2, about %3 left. Stop waiting leaves Azure "
                  "deleting.")
                   .arg(rg, StepText::formatElapsed(m_elapsed.elapsed()),
                        StepText::formatElapsed(qint64(eta) * 1000));
        break;
    }
    case Phase::Stopped:
        text = tr("Stopped waiting. Azure goes on deleting what it was asked to; Resume follows "
                  "it again.");
        break;
    case Phase::Finished:
        text = tr("The teardown finished: the resource groups are gone.");
        break;
    case Phase::Failed:
        text = tr("The teardown failed. %1").arg(m_runError);
        break;
    }
    m_status->setText(text);
}

void TeardownDialog::reject()
{
    if (m_phase == Phase::Running) {
        m_closeWhenStopped = true;
        m_service.cancel();
        return;
    }
    QDialog::reject();
}

void TeardownDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_model)
            m_model->retranslate();
    }
    QDialog::changeEvent(event);
}

void TeardownDialog::retranslate()
{
    const QString rg = m_settings.value(keys::ResourceGroup);
    setWindowTitle(tr("Tear down %1").arg(rg));
    m_intro->setText(
        tr("The teardown deletes the resource group %1 with everything in it, and the AKS node "
           "resource group %2 with the cluster; nothing else in the subscription. Azure lists "
           "now:")
            .arg(rg, m_settings.value(keys::ManagedRg)));
    m_purge->setText(tr("Delete the Log Analytics workspace %1 for good (purge)")
                         .arg(m_settings.value(keys::Ala)));
    m_purgeNote->setText(
        tr("Without purge, Azure keeps the workspace soft-deleted for 14 days: deploying the same "
           "settings again brings it back with its data, and no other resource group can use "
           "the name meanwhile. Purged, its logs are gone and cannot be recovered."));
    m_foreign->setText(tr("Also delete the %n resource(s) marked as not made by this deployment",
                          nullptr, foreignCount()));
    m_confirmLabel->setText(
        tr("Type the resource group's name, %1, to confirm the deletion:").arg(rg));
    m_confirm->setPlaceholderText(rg);
    m_delete->setText(tr("Delete"));
    m_stop->setText(tr("Stop waiting"));
    m_resume->setText(tr("Resume"));
    fillInventory();
    refreshButtons();
    refreshStatus();
}

} // namespace cnpg
