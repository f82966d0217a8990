#pragma once
// Errors end an invocation: main() prints the text on stderr and exits with the code, the way
// the real tools do. Handlers throw instead of threading error codes through every call.

#include <QString>

namespace cnpg::sim {

struct SimError
{
    int exitCode = 1;
    QString text; // printed as is on stderr; empty: nothing printed
};

// az: "ERROR: <message>".
[[noreturn]] void azFail(const QString& message, int exitCode = 1);
// az: an error from Azure Resource Manager, as azure-core formats an HttpResponseError:
// "(Code) Message\nCode: Code\nMessage: Message". 404s exit with 3 (ResourceNotFoundError).
[[noreturn]] void armFail(const QString& code, const QString& message, int exitCode = 1);
[[noreturn]] void resourceNotFound(const QString& type, const QString& name,
                                   const QString& resourceGroup);
[[noreturn]] void groupNotFound(const QString& resourceGroup);
// argparse errors: "ERROR: <message>", exit 2.
[[noreturn]] void usageFail(const QString& message);

} // namespace cnpg::sim
