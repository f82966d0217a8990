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
    // The height that shows every line as laid out now (wrapped ones included, each as tall
    // as its fonts need), the empty line after a final line break left out.
    int contentHeight() const;

private:
    ScriptHighlighter* m_highlighter;
};

} // namespace cnpg
