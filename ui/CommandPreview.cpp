#include "CommandPreview.h"

#include "ScriptHighlighter.h"

#include <QFontDatabase>
#include <QScrollBar>

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

} // namespace cnpg
