#pragma once

// A named purchase shortlist: GPUs the user is considering, each with a quantity (or as many as
// the workload needs), a note and a place in the list. Items name a GPU by id only, so a list
// outlives a catalog update that drops the GPU: the item then shows the GPU as missing.

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

struct ShortlistItem
{
    qint64 id = 0;
    QString gpuId;
    std::optional<int> quantity; // nullopt: as many as the workload needs
    QString note;
    int position = 0; // 0-based place in the list
};

struct Shortlist
{
    qint64 id = 0;
    QString name;
    QDateTime created; // UTC
    QDateTime modified;
    QList<ShortlistItem> items; // in position order
};
