#include "ScriptHighlighter.h"

namespace cnpg {

ScriptHighlighter::ScriptHighlighter(QTextDocument* parent)
    : QSyntaxHighlighter(parent)
{
    // Colours readable on light and dark palettes alike.
    QTextCharFormat program;
    program.setForeground(QColor(0x1f, 0x6f, 0xc5));
    program.setFontWeight(QFont::Bold);
    QTextCharFormat flag;
    flag.setForeground(QColor(0x8a, 0x4b, 0xaf));
    QTextCharFormat variable;
    variable.setForeground(QColor(0x0e, 0x8a, 0x6b));
    QTextCharFormat quoted;
    quoted.setForeground(QColor(0xb3, 0x5c, 0x00));
    QTextCharFormat keyword;
    keyword.setFontWeight(QFont::Bold);
    m_comment.setForeground(QColor(0x7a, 0x7a, 0x7a));
    m_comment.setFontItalic(true);

    m_rules = {
        {QRegularExpression(
             QStringLiteral("\\b(if|then|else|fi|export|local|return|while|do|done|for|in)\\b")),
         keyword},
        {QRegularExpression(QStringLiteral(
             "(?<![\\w-])(az|kubectl|helm|jq|curl|tar|say|probe|with_retry|require_tools)\\b")),
         program},
        {QRegularExpression(QStringLiteral("(?<=\\s)--?[A-Za-z][\\w-]*")), flag},
        {QRegularExpression(QStringLiteral("'[^']*'")), quoted},
        {QRegularExpression(QStringLiteral("\\$\\{[^}]*\\}|\\$[A-Za-z_][A-Za-z0-9_]*")), variable},
    };
}

void ScriptHighlighter::highlightBlock(const QString& text)
{
    for (const Rule& r : m_rules) {
        auto it = r.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), r.format);
        }
    }
    // A comment line wins over everything on it.
    const qsizetype hash = text.indexOf(QRegularExpression(QStringLiteral("^\\s*#")));
    if (hash >= 0)
        setFormat(0, int(text.size()), m_comment);
}

} // namespace cnpg
