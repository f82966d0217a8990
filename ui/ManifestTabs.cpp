#include "ManifestTabs.h"

#include "CommandPreview.h"
#include "FieldText.h"
#include "SettingErrorText.h"
#include "SettingsModel.h"
#include "export/ScriptWriter.h"
#include "plan/ClusterManifest.h"
#include "plan/DatabaseManifests.h"
#include "settings/FieldValidator.h"

#include <QEvent>
#include <QLabel>
#include <QTabBar>
#include <QVBoxLayout>

namespace cnpg {

namespace {

// The plan's steps that apply the two manifests; their input is what the exporter writes.
const QString ClusterStep = QStringLiteral("pg.cluster");
const QString ScheduleStep = QStringLiteral("pg.backup.schedule");

// The first of `inputs` with a field error: the value that keeps the manifest from being made
// (the rule ClusterManifest and DatabaseManifests apply).
SettingError blockerOf(const Settings& settings, const QStringList& inputs)
{
    for (const QString& key : inputs) {
        const FieldSpec* spec = SettingsSchema::find(key);
        const SettingErrors errors =
            spec ? FieldValidator::validate(*spec, settings.value(key)) : SettingErrors{};
        if (!errors.isEmpty()) {
            SettingError e = errors.first();
            e.field = key;
            return e;
        }
    }
    return SettingError{};
}

} // namespace

ManifestView::ManifestView(QWidget* parent)
    : QWidget(parent)
    , m_blocked(new QLabel(this))
    , m_view(new CommandPreview(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    m_blocked->setWordWrap(true);
    m_blocked->setTextFormat(Qt::PlainText);
    m_blocked->setObjectName(QStringLiteral("manifestBlocked"));
    m_blocked->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_blocked->hide();
    m_view->setObjectName(QStringLiteral("manifestView"));
    layout->addWidget(m_blocked);
    layout->addWidget(m_view, 1);
}

void ManifestView::setManifest(const QString& text, const SettingError& blocker)
{
    m_isBlocked = text.isEmpty();
    m_blocker = blocker;
    // Never half a manifest: while blocked the view is empty and the line says why.
    m_view->setScript(text);
    m_view->setEnabled(!m_isBlocked);
    m_blocked->setVisible(m_isBlocked);
    retranslate();
}

QString ManifestView::manifest() const
{
    return m_view->script();
}

QString ManifestView::blockedText() const
{
    return m_isBlocked ? m_blocked->text() : QString();
}

void ManifestView::retranslate()
{
    if (!m_isBlocked)
        m_blocked->clear();
    else if (m_blocker.field.isEmpty())
        m_blocked->setText(tr("No manifest: the settings it is made from are not valid."));
    else
        m_blocked->setText(
            tr("No manifest: %1 is invalid. %2")
                .arg(FieldText::label(m_blocker.field), SettingErrorText::message(m_blocker)));
    m_blocked->setAccessibleName(m_blocked->text());
}

ManifestTabs::ManifestTabs(SettingsModel& model, QWidget* parent)
    : QTabWidget(parent)
    , m_model(model)
    , m_cluster(new ManifestView(this))
    , m_backup(new ManifestView(this))
{
    setObjectName(QStringLiteral("manifestTabs"));
    m_cluster->view()->setObjectName(QStringLiteral("clusterManifest"));
    m_backup->view()->setObjectName(QStringLiteral("scheduledBackupManifest"));
    addTab(m_cluster, QString());
    addTab(m_backup, QString());
    // The model rebuilds the plan on every change, so the manifests follow each keystroke
    // without a timer.
    connect(&m_model, &SettingsModel::changed, this, &ManifestTabs::refresh);
    refresh();
    retranslate();
}

void ManifestTabs::addCommands(QWidget* commands)
{
    m_commands = commands;
    addTab(commands, QString());
    retranslate();
}

void ManifestTabs::refresh()
{
    const Plan& plan = m_model.plan();
    const Settings& settings = m_model.settings();
    auto show = [&](ManifestView* view, const QString& stepId, const QStringList& inputs) {
        const Step* step = plan.find(stepId);
        if (step && !step->input.isEmpty())
            view->setManifest(ScriptWriter::heredocText(step->input, step->expandInput), {});
        else
            view->setManifest(QString(), blockerOf(settings, inputs));
    };
    show(m_cluster, ClusterStep, ClusterManifest::inputs());
    show(m_backup, ScheduleStep, DatabaseManifests::scheduledBackupInputs());
}

void ManifestTabs::retranslate()
{
    setTabText(indexOf(m_cluster), tr("Cluster"));
    setTabToolTip(indexOf(m_cluster), tr("The Cluster manifest the plan applies"));
    setTabText(indexOf(m_backup), tr("ScheduledBackup"));
    setTabToolTip(indexOf(m_backup), tr("The ScheduledBackup manifest the plan applies"));
    m_cluster->view()->setAccessibleName(tr("Cluster manifest"));
    m_backup->view()->setAccessibleName(tr("ScheduledBackup manifest"));
    tabBar()->setAccessibleName(tr("Manifests and commands"));
    if (m_commands)
        setTabText(indexOf(m_commands), tr("Commands"));
    m_cluster->retranslate();
    m_backup->retranslate();
}

void ManifestTabs::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

} // namespace cnpg
