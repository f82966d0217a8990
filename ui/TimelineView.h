#pragma once

#include "TimelineChart.h"
#include "run/Executor.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTimer;

namespace cnpg {

// The run as a picture: the Timeline of an executor's journal, redrawn as its steps change and
// once a second while it runs, with buttons that export it as PNG or SVG (the window asks
// where). Reads the executor's journal and plan; starts nothing.
class TimelineView : public QWidget
{
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);

    // Follows this run from now on (null: keeps showing the last one).
    void follow(Executor* executor);
    // The chart as shown now (nullopt before any run).
    const std::optional<TimelineChart>& chart() const { return m_chart; }
    // Where the chart is drawn on screen (a scroll area: its viewport shows the chart).
    QWidget* canvas() const { return m_canvas; }
    QPushButton* exportPngButton() const { return m_png; }
    QPushButton* exportSvgButton() const { return m_svg; }

    // The chart as a PNG at twice the screen's resolution (crisp on high-DPI screens and in
    // print), or as SVG; written atomically.
    bool savePng(const QString& path, QString* error = nullptr) const;
    bool saveSvg(const QString& path, QString* error = nullptr) const;
    // The chart as an SVG document at this width, for the run report (empty before any run).
    QByteArray svg(qreal width) const;

    void retranslate();

signals:
    void exportPngRequested();
    void exportSvgRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void rebuild();
    void scheduleRebuild();
    qreal exportWidth() const;

    QPointer<Executor> m_executor;
    std::optional<TimelineChart> m_chart;
    QLabel* m_empty;
    QWidget* m_canvas;
    QPushButton* m_png;
    QPushButton* m_svg;
    QTimer* m_tick;
    QTimer* m_debounce;
};

} // namespace cnpg
