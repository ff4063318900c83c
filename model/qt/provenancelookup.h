#pragma once

// "Which Docker step wrote this line of the spec, from which inputs?"

#include <QCoreApplication>
#include <QList>
#include <QPair>
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

    // The other way: the spec values made from the input at `inputPointer`
    // or below it (keys compared case-insensitively), outermost first.
    static QStringList specPointersForInput(const Snapshot &snapshot, const QString &inputPointer);
    // Their 1-based line ranges in the snapshot's text, merged and sorted.
    static QList<QPair<int, int>> specLinesForInput(const Snapshot &snapshot, const QString &inputPointer);
};
