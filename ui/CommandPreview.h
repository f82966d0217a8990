#pragma once

#include <QPlainTextEdit>

namespace cnpg {

class ScriptHighlighter;

// Read-only, monospace, highlighted bash: a page's commands or the whole script. Keeps the
// scroll position when the text is replaced while the user types elsewhere.
class CommandPreview : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit CommandPreview(QWidget* parent = nullptr);

    void setScript(const QString& text);
    QString script() const { return toPlainText(); }

private:
    ScriptHighlighter* m_highlighter;
};

} // namespace cnpg
