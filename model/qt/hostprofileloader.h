#pragma once

// Reads a host profile file (the fixtures' host.json format) as
// `ocispec --host FILE` does: Go decoding rules, defaults for missing keys,
// the file name as the profile's origin.

#include "hostprofile.h"

#include <QCoreApplication>
#include <QString>

class HostProfileLoader
{
    Q_DECLARE_TR_FUNCTIONS(HostProfileLoader)
public:
    // False with `errorMessage` set ("FILE:LINE:COLUMN: message" or the
    // first decode error) when the file cannot be used.
    static bool load(const QString &path, oci::HostProfile *profile, QString *errorMessage = nullptr);
};
