#pragma once

#include <QString>
#include <QStringList>

namespace cnpg {

class Plan;
class Settings;
struct Step;

// Turns the plan into a bash script that runs the same commands the executor runs: values once
// at the top, every argument quoted, every creating step guarded by its probe so that a second
// run creates nothing. Comments follow the current translator (the UI language).
class ScriptExporter
{
public:
    // `generator` names the program and version in the header; the script holds no timestamp,
    // so that the same settings always give the same bytes.
    static QString generate(const Plan& plan, const Settings& settings, const QString& generator);
    // The teardown's plan (TeardownBuilder) as a script: no readiness checks, and nothing is
    // deleted before the resource group's name is confirmed (CONFIRM_RESOURCE_GROUP, else typed
    // on a terminal), as `--destroy` asks for it.
    static QString generateTeardown(const Plan& plan, const Settings& settings,
                                    const QString& generator);

    // 'it'\''s' quoting: safe for any string, including newlines and non-ASCII text.
    static QString singleQuote(const QString& value);
    // One plan argument template as a bash word: a bare literal, a single-quoted literal,
    // "...${NAME}..." or "${NAME[@]}".
    static QString shellWord(const QString& templateArg);
    // A command (program and argument templates) as bash, wrapped over lines when it is long.
    static QString renderCommand(const QString& program, const QStringList& args, int indent);
    // The same for arguments that are values, not templates (a run's expanded arguments): each
    // is quoted as the script quotes a setting's value, and nothing in it is a reference.
    static QString renderValues(const QString& program, const QStringList& values, int indent);

private:
    static QString render(const QString& program, const QStringList& args, int indent,
                          QString (*word)(const QString&));
    static QString valueWord(const QString& value);
    static QString write(const Plan& plan, const Settings& settings, const QString& generator,
                         bool teardown);
};

} // namespace cnpg
