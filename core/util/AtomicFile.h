#pragma once

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace cnpg {

// Writes a whole file or nothing: the data goes to a temporary file in the same directory that
// replaces the target only once it is complete (QSaveFile), so a crash or a full disk never
// leaves a half-written settings file, script or journal behind.
class AtomicFile
{
public:
    static bool write(const QString& path, const QByteArray& data, QString* error = nullptr,
                      QFileDevice::Permissions permissions = {});
};

} // namespace cnpg
