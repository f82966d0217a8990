#include "TimelineView.h"

#include "util/AtomicFile.h"

#include <QAbstractScrollArea>
#include <QBuffer>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QVBoxLayout>

namespace cnpg {

namespace {
constexpr qreal ExportWidth = 1200; // logical pixels, when the chart was never on screen
constexpr qreal PngScale = 2.0;

// Paints the view's chart at the viewport's width: the rows scroll under the totals, legend
// and axis, which stay in place.
class Canvas : public QAbstractScrollArea
{
public:
    Canvas(std::optional<TimelineChart>& chart, QWidget* parent)
        : QAbstractScrollArea(parent)
        , m_chart(chart)
    {
        viewport()->setMouseTracking(true);
        setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        verticalScrollBar()->setSingleStep(22);
        // Once the user scrolls, the view stays where they put it.
        connect(verticalScrollBar(), &QScrollBar::actionTriggered, this,
                [this] { m_followRunning = false; });
    }
    void relayout()
    {
        if (m_chart) {
            m_chart->layout(viewport()->width());
            const int page = viewport()->height() - int(m_chart->rowsTop());
            verticalScrollBar()->setPageStep(std::max(1, page));
            verticalScrollBar()->setRange(
                0, std::max(0, int(std::ceil(m_chart->height())) - viewport()->height()));
            if (m_followRunning)
                showFirstRunning();
        }
        viewport()->update();
    }

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QAbstractScrollArea::resizeEvent(event);
        relayout();
    }
    void scrollContentsBy(int, int) override { viewport()->update(); }
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(viewport());
        if (!m_chart) {
            p.fillRect(viewport()->rect(), Qt::white);
            return;
        }
        m_chart->paint(p, verticalScrollBar()->value(), viewport()->height());
    }
    bool viewportEvent(QEvent* event) override
    {
        if (event->type() == QEvent::ToolTip && m_chart) {
            auto* help = static_cast<QHelpEvent*>(event);
            QPointF at = help->pos();
            int row = -1;
            if (at.y() >= m_chart->rowsTop())
                row = m_chart->rowAt(at + QPointF(0, verticalScrollBar()->value()));
            const QString text = m_chart->details(row);
            if (text.isEmpty())
                QToolTip::hideText();
            else
                QToolTip::showText(help->globalPos(), text, viewport());
            return true;
        }
        return QAbstractScrollArea::viewportEvent(event);
    }

private:
    // While the run goes on, the first step that runs stays in view.
    void showFirstRunning()
    {
        const auto& rows = m_chart->timeline().rows();
        for (int i = 0; i < rows.size(); ++i) {
            if (!rows.at(i).live || !rows.at(i).ran())
                continue;
            const QRectF band = m_chart->rowRect(i);
            const qreal visibleTop = verticalScrollBar()->value() + m_chart->rowsTop();
            const qreal visibleBottom = verticalScrollBar()->value() + viewport()->height();
            if (band.top() < visibleTop || band.bottom() > visibleBottom)
                verticalScrollBar()->setValue(int(band.top() - m_chart->rowsTop()));
            return;
        }
    }

    std::optional<TimelineChart>& m_chart;
    bool m_followRunning = true;
};
} // namespace

TimelineView::TimelineView(QWidget* parent)
    : QWidget(parent)
    , m_empty(new QLabel(this))
    , m_canvas(new Canvas(m_chart, this))
    , m_png(new QPushButton(this))
    , m_svg(new QPushButton(this))
    , m_tick(new QTimer(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("timeline"));
    m_canvas->setObjectName(QStringLiteral("timelineCanvas"));
    m_png->setObjectName(QStringLiteral("exportTimelinePng"));
    m_svg->setObjectName(QStringLiteral("exportTimelineSvg"));
    m_empty->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_empty, 1);
    buttons->addStretch();
    buttons->addWidget(m_png);
    buttons->addWidget(m_svg);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_canvas, 1);
    m_tick->setInterval(1000);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100); // a burst of step changes redraws once
    connect(m_tick, &QTimer::timeout, this, &TimelineView::rebuild);
    connect(m_debounce, &QTimer::timeout, this, &TimelineView::rebuild);
    connect(m_png, &QPushButton::clicked, this, &TimelineView::exportPngRequested);
    connect(m_svg, &QPushButton::clicked, this, &TimelineView::exportSvgRequested);
    retranslate();
    rebuild();
}

void TimelineView::follow(Executor* executor)
{
    if (!executor || executor == m_executor)
        return;
    if (m_executor)
        disconnect(m_executor, nullptr, this, nullptr);
    m_executor = executor;
    connect(executor, &Executor::stepChanged, this, &TimelineView::scheduleRebuild);
    connect(executor, &Executor::finished, this, &TimelineView::rebuild);
    rebuild();
}

void TimelineView::scheduleRebuild()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void TimelineView::rebuild()
{
    if (m_executor) {
        const Journal& journal = m_executor->journal();
        // While it runs, live spans grow to now; afterwards they end where the journal did.
        const qint64 now = m_executor->isRunning() && journal.startedAt.isValid()
                               ? journal.startedAt.msecsTo(QDateTime::currentDateTimeUtc())
                               : -1;
        m_chart.emplace(Timeline::build(m_executor->plan(), journal, now), m_executor->plan(),
                        m_executor->values(), font());
        if (m_executor->isRunning() != m_tick->isActive())
            m_executor->isRunning() ? m_tick->start() : m_tick->stop();
    } else {
        m_tick->stop();
    }
    const bool any = m_chart && !m_chart->timeline().rows().isEmpty();
    m_png->setEnabled(any);
    m_svg->setEnabled(any);
    m_empty->setVisible(!any);
    static_cast<Canvas*>(m_canvas)->relayout();
}

qreal TimelineView::exportWidth() const
{
    // As laid out on screen, so that the file shows what the window does.
    return m_chart && m_chart->width() > 200 ? m_chart->width() : ExportWidth;
}

QByteArray TimelineView::svg(qreal width) const
{
    if (!m_chart)
        return {};
    return m_chart->toSvg(width, tr("Timeline of the deployment"));
}

bool TimelineView::savePng(const QString& path, QString* error) const
{
    if (!m_chart)
        return false;
    const qreal width = exportWidth();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    m_chart->toImage(width, PngScale).save(&buffer, "PNG");
    return AtomicFile::write(path, bytes, error);
}

bool TimelineView::saveSvg(const QString& path, QString* error) const
{
    if (!m_chart)
        return false;
    const qreal width = exportWidth();
    return AtomicFile::write(path, svg(width), error);
}

void TimelineView::retranslate()
{
    m_empty->setText(tr("The timeline appears once the deployment runs."));
    m_png->setText(tr("Export &PNG…"));
    m_svg->setText(tr("Export S&VG…"));
    m_png->setToolTip(tr("The timeline as an image, at twice the screen's resolution"));
    m_svg->setToolTip(tr("The timeline as a scalable drawing"));
    rebuild();
}

void TimelineView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::FontChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace cnpg
