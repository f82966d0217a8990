#include "DeployPage.h"

#include "Deployment.h"
#include "SettingsModel.h"
#include "StageIcons.h"
#include "StepIconModel.h"
#include "StepText.h"
#include "TimelineView.h"
#include "run/StepListModel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace cnpg {

DeployPage::DeployPage(SettingsModel& settings, Deployment& deployment, QWidget* parent)
    : WizardPage(PageId::Deploy, parent)
    , m_settings(settings)
    , m_deployment(deployment)
    , m_icons(new StepIconModel(this))
    , m_view(new QTreeView(this))
    , m_timeline(new TimelineView(this))
    , m_tabs(new QTabWidget(this))
    , m_logLabel(new QLabel(this))
    , m_log(new QPlainTextEdit(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_cancel(new QPushButton(this))
    , m_retry(new QPushButton(this))
    , m_resume(new QPushButton(this))
    , m_fresh(new QPushButton(this))
    , m_tick(new QTimer(this))
{
    m_view->setObjectName(QStringLiteral("progressView"));
    m_view->setModel(m_icons);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAllColumnsShowFocus(true);
    m_log->setObjectName(QStringLiteral("stepLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setTabChangesFocus(true);
    m_log->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_log->setMaximumBlockCount(20000);
    m_logLabel->setBuddy(m_log);
    m_progress->setObjectName(QStringLiteral("overallProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_status->setObjectName(QStringLiteral("runStatus"));
    m_status->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("cancelRun"));
    m_retry->setObjectName(QStringLiteral("retryFailed"));
    m_resume->setObjectName(QStringLiteral("resumeRun"));
    m_fresh->setObjectName(QStringLiteral("freshRun"));
    m_fresh->setVisible(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_cancel);
    top->addWidget(m_retry);
    top->addWidget(m_resume);
    top->addWidget(m_fresh);
    content()->addLayout(top);
    content()->addWidget(m_status);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    m_tabs->setObjectName(QStringLiteral("progressTabs"));
    m_tabs->addTab(m_view, QString());
    m_tabs->addTab(m_timeline, QString());
    splitter->addWidget(m_tabs);
    auto* logBox = new QWidget(splitter);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 4, 0, 0);
    logLayout->addWidget(m_logLabel);
    logLayout->addWidget(m_log, 1);
    splitter->addWidget(logBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    content()->addWidget(splitter, 1);

    // Keyboard order as on screen: the run's buttons, the rows, the log.
    setTabOrder(m_cancel, m_retry);
    setTabOrder(m_retry, m_resume);
    setTabOrder(m_resume, m_fresh);
    setTabOrder(m_fresh, m_view);
    setTabOrder(m_view, m_log);
    connect(m_cancel, &QPushButton::clicked, &m_deployment, &Deployment::cancel);
    connect(m_retry, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_resume, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_fresh, &QPushButton::clicked, this, [this] { start(false); });
    connect(&m_deployment, &Deployment::modelChanged, this, &DeployPage::setModel);
    connect(&m_deployment.service(), &RunService::executorCreated, m_timeline,
            &TimelineView::follow);
    m_timeline->follow(m_deployment.executor());
    connect(&m_deployment, &Deployment::finished, this, &DeployPage::onFinished);
    connect(&m_deployment, &Deployment::failed, this, [this](const QString& e) {
        m_error = e;
        refreshButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeployPage::refreshLog);
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        if (m_deployment.model())
            m_deployment.model()->tick();
        refreshProgress();
    });
    if (m_deployment.model())
        setModel(m_deployment.model());
    finishSetup();
}

QString DeployPage::title() const
{
    return tr("Deploy");
}

QString DeployPage::explanation() const
{
    return tr("The guide's commands now run, side by side where the guide allows. Select a row "
              "to see its log. You can cancel at any time and resume later: every step first "
              "checks whether its resource already exists, so nothing is created twice.");
}

bool DeployPage::isComplete() const
{
    return m_deployment.outcome() == Executor::Outcome::Succeeded;
}

bool DeployPage::canGoBack() const
{
    return !m_deployment.isRunning();
}

void DeployPage::enterPage()
{
    const Executor::Outcome o = m_deployment.outcome();
    // A finished run of other settings (the user went back and changed them) starts anew.
    const bool stale = m_deployment.settings() != m_settings.settings();
    if (o == Executor::Outcome::NotStarted || (stale && !m_deployment.isRunning()))
        start(m_deployment.canResume(m_settings.settings()));
}

void DeployPage::start(bool resume)
{
    m_error.clear();
    m_refusal = m_deployment.start(m_settings.settings(), resume);
    if (m_refusal.ok())
        m_tick->start();
    refreshButtons();
    refreshProgress();
    emit runStateChanged();
}

void DeployPage::setModel(StepListModel* model)
{
    m_icons->setSourceModel(model);
    m_logStep.clear();
    m_log->clear();
    QHeaderView* h = m_view->header();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(StepListModel::ResourceColumn, QHeaderView::Stretch);
    for (int c = StepListModel::StateColumn; c < StepListModel::ColumnCount; ++c)
        h->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_view->currentIndex().isValid() && m_icons->rowCount() > 0)
            m_view->setCurrentIndex(m_icons->index(0, 0));
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& tl, const QModelIndex& br) {
                const QModelIndex cur = m_view->currentIndex();
                if (cur.isValid() && m_icons->mapToSource(cur).parent() == tl.parent() &&
                    cur.row() >= tl.row() && cur.row() <= br.row())
                    refreshLog();
            });
    if (model->rowCount() > 0)
        m_view->setCurrentIndex(m_icons->index(0, 0));
}

void DeployPage::refreshLog()
{
    const QModelIndex cur = m_view->currentIndex();
    const QString id =
        cur.data(StepListModel::StepIdRole).toString() +
        (cur.data(StepListModel::IsGroupRole).toBool() ? QStringLiteral("*") : QString());
    const QString text = cur.sibling(cur.row(), 0).data(StepListModel::LogRole).toString();
    const QString shown = m_log->toPlainText();
    QScrollBar* bar = m_log->verticalScrollBar();
    const bool atEnd = bar->value() >= bar->maximum() - 2;
    if (id == m_logStep && text.startsWith(shown) && !shown.isEmpty()) {
        // Append only what is new: the log of a long step grows, it is not rewritten.
        QString tail = text.mid(shown.size());
        if (tail.isEmpty())
            return;
        if (tail.endsWith(QLatin1Char('\n')))
            tail.chop(1);
        m_log->appendPlainText(tail.startsWith(QLatin1Char('\n')) ? tail.mid(1) : tail);
    } else {
        m_log->setPlainText(text);
    }
    m_logStep = id;
    if (atEnd)
        bar->setValue(bar->maximum());
}

void DeployPage::refreshProgress()
{
    const StepListModel* model = m_deployment.model();
    if (!model) {
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        return;
    }
    const double p = model->progress();
    m_progress->setValue(int(p * 1000));
    const int eta = model->etaSeconds();
    QString format = QStringLiteral("%1%").arg(int(p * 100));
    if (m_deployment.isRunning())
        format += QStringLiteral(" — ") +
                  tr("about %1 left").arg(StepText::formatElapsed(qint64(eta) * 1000));
    m_progress->setFormat(format);
    m_progress->setAccessibleName(tr("Overall progress"));
    m_progress->setAccessibleDescription(format);
}

void DeployPage::refreshButtons()
{
    const bool running = m_deployment.isRunning();
    const Executor::Outcome o = m_deployment.outcome();
    m_cancel->setEnabled(running);
    // A run that could not even start (e.g. the simulator is missing) can be tried again too.
    const bool refused = !m_refusal.ok();
    // A journal of other settings cannot be resumed (nor its failures retried); a fresh run
    // is the one way on.
    const bool offerFresh = m_refusal.refusal == RunService::Refusal::SettingsChanged ||
                            m_refusal.refusal == RunService::Refusal::OtherMode;
    m_retry->setVisible(!offerFresh);
    m_resume->setVisible(!offerFresh);
    m_fresh->setVisible(offerFresh);
    m_retry->setEnabled(!running &&
                        (o == Executor::Outcome::Failed || !m_error.isEmpty() || refused));
    m_resume->setEnabled(!running && o == Executor::Outcome::Cancelled);
    m_fresh->setEnabled(!running);
    QString status;
    switch (o) {
    case Executor::Outcome::NotStarted:
        break;
    case Executor::Outcome::Running:
        status = tr("Deploying…");
        break;
    case Executor::Outcome::Succeeded:
        status = tr("The deployment succeeded.");
        break;
    case Executor::Outcome::Failed:
        status = tr("The deployment failed. Select the red row to see why, fix the cause, then "
                    "retry the failed steps.");
        break;
    case Executor::Outcome::Cancelled:
        status = tr("The deployment was cancelled. Resume it to continue where it stopped.");
        break;
    }
    if (refused) // worded here, so that it follows the language
        status = Deployment::errorText(m_refusal);
    else if (!m_error.isEmpty())
        status = m_error;
    m_status->setText(status);
    m_status->setVisible(!status.isEmpty());
}

void DeployPage::onFinished(Executor::Outcome)
{
    m_tick->stop();
    if (m_deployment.model())
        m_deployment.model()->tick();
    refreshProgress();
    refreshButtons();
    emit runStateChanged();
    emit completeChanged();
}

void DeployPage::retranslate()
{
    WizardPage::retranslate();
    m_cancel->setText(tr("&Cancel"));
    m_retry->setText(tr("Re&try failed"));
    m_resume->setText(tr("&Resume"));
    m_fresh->setText(tr("Start a &fresh run"));
    m_cancel->setAccessibleName(tr("Cancel the deployment"));
    m_retry->setAccessibleName(tr("Retry the failed steps"));
    m_resume->setAccessibleName(tr("Resume the deployment"));
    m_fresh->setAccessibleName(tr("Start the deployment afresh"));
    m_logLabel->setText(tr("Lo&g of the selected row:"));
    m_tabs->setTabText(0, tr("&Steps"));
    m_tabs->setTabText(1, tr("Time&line"));
    m_timeline->retranslate();
    m_log->setAccessibleName(tr("Log"));
    m_view->setAccessibleName(tr("Resources"));
    if (m_deployment.model())
        m_deployment.model()->retranslate();
    refreshProgress();
    refreshButtons();
    refreshLog(); // its states and phases are worded when shown
}

} // namespace cnpg
