#include "CommandPreview.h"

#include "ScriptHighlighter.h"

#include <QFontDatabase>
#include <QScrollBar>
#include <QTextBlock>
#include <QtMath>

namespace cnpg {

CommandPreview::CommandPreview(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_highlighter(new ScriptHighlighter(document()))
{
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Read-only text stays selectable and reachable by keyboard, so it can be copied;
    // Tab leaves it instead of being swallowed.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    setFocusPolicy(Qt::StrongFocus);
}

void CommandPreview::setScript(const QString& text)
{
    if (text == toPlainText())
        return;
    const int v = verticalScrollBar()->value();
    const int h = horizontalScrollBar()->value();
    setPlainText(text);
    verticalScrollBar()->setValue(v);
    horizontalScrollBar()->setValue(h);
}

int CommandPreview::contentHeight() const
{
    const QTextDocument* doc = document();
    qreal height = 0;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        if (b == doc->lastBlock() && b != doc->begin() && b.text().isEmpty())
            break;
        height += blockBoundingRect(b).height();
    }
    return qCeil(height + 2 * doc->documentMargin()) + 2 * frameWidth();
}

} // namespace cnpg
