#pragma once

// A finding about an input value, as form fields show it under the editor.

#include "diagnostic.h"

#include <QList>
#include <QString>

struct FieldProblem {
    QString inputPointer;
    oci::Severity severity = oci::Severity::Error;
    QString message;

    bool operator==(const FieldProblem &other) const = default;
};

using FieldProblems = QList<FieldProblem>;
