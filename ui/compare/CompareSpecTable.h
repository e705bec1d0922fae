#pragma once

// The figures of the picked GPUs in columns under the charts, the best in each row marked
// (bold on a tinted background, and said in the tooltip).

#include <QTableWidget>

struct CompareData;

class CompareSpecTable : public QTableWidget
{
    Q_OBJECT

public:
    static constexpr int BestRole = Qt::UserRole + 1; // bool: the best value of its row

    explicit CompareSpecTable(QWidget *parent = nullptr);

    void setData(const CompareData &data);
};
