#pragma once

// "Which Docker step wrote this line of the spec, from which inputs?"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

struct Snapshot;

struct SpecLineOrigin {
    bool valid = false;
    QString specPointer; // the deepest value on the line
    QString step; // Docker's function name
    QStringList inputs; // scenario pointers; empty = a Docker default
};

class ProvenanceLookup
{
    Q_DECLARE_TR_FUNCTIONS(ProvenanceLookup)
public:
    // The origin of the value on `line` (1-based) of the snapshot's text.
    static SpecLineOrigin atLine(const Snapshot &snapshot, int line);
    static SpecLineOrigin atPointer(const Snapshot &snapshot, const QString &specPointer);
    // "STEP ← /input/a, /input/b" (or "STEP ← Docker default").
    static QString describe(const SpecLineOrigin &origin);
};
