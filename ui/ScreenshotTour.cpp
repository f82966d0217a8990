#include "ScreenshotTour.h"

#include "DeployPage.h"
#include "Deployment.h"
#include "DeploymentsDialog.h"
#include "LanguageManager.h"
#include "MainWindow.h"
#include "ReadinessPanel.h"
#include "ReviewPage.h"
#include "TeardownDialog.h"
#include "run/LivePhase.h"
#include "run/StepListModel.h"
#include "settings/SettingsSchema.h"
#include "util/Logging.h"

#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <memory>
#include <spdlog/spdlog.h>

namespace cnpg {

namespace {
constexpr int TickMs = 60;
constexpr int TimeoutTicks = 180 * 1000 / TickMs; // the whole tour, deployment included
// The step whose live phase the tour shows: the wait for the database cluster's instances.
const QString LiveStep = QStringLiteral("verify.cluster");
} // namespace

ScreenshotTour::ScreenshotTour(MainWindow& window, LanguageManager& languages,
                               const QString& directory, QObject* parent)
    : QObject(parent)
    , m_window(window)
    , m_languages(languages)
    , m_directory(directory)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(TickMs);
    connect(m_timer, &QTimer::timeout, this, &ScreenshotTour::advance);
}

void ScreenshotTour::start()
{
    if (!QDir().mkpath(m_directory)) {
        fail(QStringLiteral("cannot create %1").arg(m_directory));
        return;
    }
    m_window.resize(1280, 800);
    plan();
    m_timer->start();
}

void ScreenshotTour::plan()
{
    auto language = [this](const QString& lang) {
        return Step([this, lang] {
            m_languages.setLanguage(lang, false);
            return true;
        });
    };
    auto show = [this](PageId id) {
        return Step([this, id] {
            m_window.showPage(id);
            return true;
        });
    };
    auto shot = [this](const QString& name) { return Step([this, name] { return shoot(name); }); };
    auto deployment = [this]() -> Deployment& { return m_window.deployPage()->deployment(); };
    // The Deploy page's tabs: the steps (0) or the timeline (1).
    auto tab = [this](int index) {
        return Step([this, index] {
            m_window.deployPage()->tabs()->setCurrentIndex(index);
            return true;
        });
    };
    // The Review page's estimate, its own tab.
    auto cost = [this, shot](const QString& name) {
        return QList<Step>{Step([this] {
                               m_window.reviewPage()->showCostTab(true);
                               return true;
                           }),
                           shot(name), Step([this] {
                               m_window.reviewPage()->showCostTab(false);
                               return true;
                           })};
    };

    // Korean: the pages before the run, the run itself, then what it leaves. The Welcome and
    // Review pages show the readiness findings: wait for them (a while at most).
    m_steps << language(QStringLiteral("ko"));
    m_steps << Step([this, waited = 0]() mutable {
        const ReadinessPanel* panel = m_window.reviewPage()->readinessPanel();
        return panel->state() == ReadinessPanel::State::Checked || ++waited > 30000 / TickMs;
    });
    for (int p = 0; p <= int(PageId::Review); ++p)
        m_steps << show(PageId(p)) << shot(pageSlug(PageId(p)) + QStringLiteral("-ko"));
    m_steps << cost(QStringLiteral("review-cost-ko"));
    m_steps << show(PageId::Deploy);
    m_steps << Step([this, deployment] {
        if (!deployment().model())
            return false;
        watchLivePhase(deployment().model());
        return true;
    });
    m_steps << Step([deployment] {
        const StepListModel* m = deployment().model();
        return (m && m->progress() >= 0.45) || !deployment().isRunning();
    });
    // Show the log of a step that is running (the longest one, the cluster, when it is).
    m_steps << Step([this] {
        QTreeView* view = m_window.deployPage()->view();
        QAbstractItemModel* model = view->model();
        for (int r = model->rowCount() - 1; r >= 0; --r) {
            const QModelIndex row = model->index(r, 0);
            if (StepState(row.data(StepListModel::StateRole).toInt()) == StepState::Running) {
                view->setCurrentIndex(row);
                view->scrollTo(row);
                break;
            }
        }
        return true;
    });
    m_steps << shot(QStringLiteral("deploy-running-ko"));
    m_steps << language(QStringLiteral("en")) << shot(QStringLiteral("deploy-running-en"));
    m_steps << language(QStringLiteral("ko"));
    // The wait for the database cluster while the operator reports its phase and ready
    // instances: the model's changes say when (watchLivePhase), the row's log shows it.
    // The Korean shot at once, the English one a language switch later.
    m_steps << Step([this, deployment] {
        if (m_livePhase) {
            selectStep(LiveStep);
            return shoot(QStringLiteral("deploy-phase-ko"));
        }
        if (!deployment().isRunning())
            fail(QStringLiteral("no live phase of %1 was seen").arg(LiveStep));
        return false;
    });
    m_steps << language(QStringLiteral("en")) << Step([this, deployment] {
        const StepListModel* m = deployment().model();
        if (!m || m->stepStatus(LiveStep).state != StepState::Running)
            spdlog::warn("screenshots: {} ended before the English shot of its phase",
                         LiveStep.toStdString());
        return shoot(QStringLiteral("deploy-phase-en"));
    });
    // The timeline while the database cluster's instances still start (after the phase's
    // shots, which must catch the phase while it lasts).
    m_steps << tab(1) << shot(QStringLiteral("timeline-running-en")) << tab(0);
    m_steps << language(QStringLiteral("ko"));
    m_steps << Step([this, deployment] {
        if (deployment().isRunning())
            return false;
        if (deployment().outcome() != Executor::Outcome::Succeeded)
            fail(QStringLiteral("the simulated deployment did not succeed"));
        return true;
    });
    m_steps << shot(QStringLiteral("deploy-ko"));
    // The finished run as a timeline, in both languages.
    m_steps << tab(1) << shot(QStringLiteral("timeline-ko")) << language(QStringLiteral("en"))
            << shot(QStringLiteral("timeline-en")) << language(QStringLiteral("ko")) << tab(0);
    m_steps << show(PageId::Done) << shot(QStringLiteral("done-ko"));
    // English: every page, the finished run included.
    m_steps << language(QStringLiteral("en"));
    for (int p = 0; p < PageCount; ++p)
        m_steps << show(PageId(p)) << shot(pageSlug(PageId(p)) + QStringLiteral("-en"));
    m_steps << show(PageId::Review) << cost(QStringLiteral("review-cost-en"));
    m_steps << deploymentsShots(QStringLiteral("en"));
    m_steps << language(QStringLiteral("ko")) << deploymentsShots(QStringLiteral("ko"));
}

QList<ScreenshotTour::Step> ScreenshotTour::deploymentsShots(const QString& language)
{
    auto teardown = std::make_shared<QPointer<TeardownDialog>>();
    return {Step([this] {
                m_deployments = m_window.openDeployments();
                m_deployments->checkSelected();
                return true;
            }),
            Step([this] { return m_deployments && !m_deployments->isChecking(); }),
            Step([this, language] {
                return shoot(QStringLiteral("deployments-") + language, m_deployments);
            }),
            Step([this, teardown] {
                *teardown = m_deployments->tearDownSelected();
                if (*teardown)
                    (*teardown)->show();
                return true;
            }),
            Step([this, teardown] {
                if (!*teardown) {
                    fail(QStringLiteral("the teardown dialog did not open"));
                    return true;
                }
                if ((*teardown)->phase() == TeardownDialog::Phase::Listing)
                    return false;
                (*teardown)->confirmEdit()->setText(
                    (*teardown)->settings().value(keys::ResourceGroup));
                return true;
            }),
            Step([this, teardown, language] {
                return shoot(QStringLiteral("teardown-") + language, *teardown);
            }),
            Step([this, teardown] {
                if (*teardown)
                    (*teardown)->close();
                m_deployments->close();
                return true;
            })};
}

void ScreenshotTour::watchLivePhase(const StepListModel* model)
{
    // Well under way: a phase with an instance ready and at least one still to come. The
    // window is an instance's start-up or two, scaled by the simulator's time: the tour may
    // be busy with other shots for part of it on a loaded machine.
    auto update = [this, model] {
        const StepStatus st = model->stepStatus(LiveStep);
        const LivePhase live = LivePhase::parse(st.provisioningState);
        m_livePhase = st.state == StepState::Running && live.hasCounts() && live.ready > 0 &&
                      live.desired - live.ready >= 1;
    };
    connect(model, &QAbstractItemModel::dataChanged, this, update);
    update();
}

void ScreenshotTour::selectStep(const QString& id)
{
    QTreeView* view = m_window.deployPage()->view();
    const QAbstractItemModel* model = view->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex row = model->index(r, 0);
        for (int c = 0; c < model->rowCount(row); ++c) {
            const QModelIndex child = model->index(c, 0, row);
            if (child.data(StepListModel::StepIdRole).toString() == id) {
                view->expand(row);
                view->setCurrentIndex(child);
                view->scrollTo(child);
                return;
            }
        }
    }
}

void ScreenshotTour::advance()
{
    if (++m_ticks > TimeoutTicks) {
        fail(QStringLiteral("timed out"));
        return;
    }
    if (m_next >= m_steps.size())
        return;
    if (m_steps.at(m_next)())
        ++m_next;
    if (m_next >= m_steps.size() && m_timer->isActive()) {
        m_timer->stop();
        emit finished(0);
    }
}

bool ScreenshotTour::shoot(const QString& name, QWidget* widget)
{
    const QString path = m_directory + QLatin1Char('/') + name + QStringLiteral(".png");
    QWidget* target = widget ? widget : &m_window;
    if (!target->grab().save(path, "PNG")) {
        fail(QStringLiteral("cannot write %1").arg(path));
        return true;
    }
    m_written << path;
    return true;
}

void ScreenshotTour::fail(const QString& why)
{
    spdlog::error("screenshots: {}", why);
    m_timer->stop();
    m_next = int(m_steps.size());
    emit finished(1);
}

} // namespace cnpg
