#include "ShortlistDock.h"

#include "AppSettings.h"
#include "ShortlistExportMenu.h"
#include "ShortlistImport.h"
#include "ShortlistItemModel.h"
#include "ShortlistQuantityDelegate.h"
#include "ShortlistRepository.h"
#include "compare/CompareView.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

ShortlistDock::ShortlistDock(Database &database, AppSettings &settings, QWidget *parent)
    : QDockWidget(parent)
    , m_repository(std::make_unique<ShortlistRepository>(database))
    , m_settings(settings)
    , m_costs(settings.costs())
    , m_model(new ShortlistItemModel(this))
{
    setObjectName(QStringLiteral("shortlistDock"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                QDockWidget::DockWidgetFloatable);
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 4, 6, 4);

    const auto button = [body](const char *name) {
        auto *b = new QPushButton(body);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    auto *top = new QHBoxLayout;
    m_listLabel = new QLabel(body);
    m_listCombo = new QComboBox(body);
    m_listCombo->setObjectName(QStringLiteral("shortlists"));
    m_listCombo->setMinimumContentsLength(18);
    m_listCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_listLabel->setBuddy(m_listCombo);
    m_new = button("newList");
    m_import = button("importList");
    m_rename = button("renameList");
    m_duplicate = button("duplicateList");
    m_delete = button("deleteList");
    m_compare = button("compareList");
    m_export = button("exportList");
    m_exportMenu = new ShortlistExportMenu(
        [this]() -> std::optional<ShortlistReport> {
            if (!m_currentId)
                return std::nullopt;
            return report();
        },
        this);
    m_export->setMenu(m_exportMenu);
    top->addWidget(m_listLabel);
    top->addWidget(m_listCombo);
    for (QPushButton *b : {m_new, m_import, m_rename, m_duplicate, m_delete})
        top->addWidget(b);
    top->addStretch(1);
    top->addWidget(m_compare);
    top->addWidget(m_export);
    layout->addLayout(top);

    m_view = new QTableView(body);
    m_view->setObjectName(QStringLiteral("shortlistItems"));
    m_view->setModel(m_model);
    m_view->setItemDelegateForColumn(ShortlistItemModel::Quantity,
                                     new ShortlistQuantityDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDragDropOverwriteMode(false);
    m_view->setDropIndicatorShown(true);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_view, 1);

    auto *bottom = new QHBoxLayout;
    m_up = button("moveUp");
    m_down = button("moveDown");
    m_remove = button("removeItem");
    m_totals = new QLabel(body);
    m_totals->setObjectName(QStringLiteral("shortlistTotals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QPushButton *b : {m_up, m_down, m_remove})
        bottom->addWidget(b);
    bottom->addSpacing(12);
    bottom->addWidget(m_totals, 1);
    layout->addLayout(bottom);
    setWidget(body);

    auto *removeKey = new QAction(m_view);
    removeKey->setShortcut(QKeySequence::Delete);
    removeKey->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeKey);
    connect(removeKey, &QAction::triggered, this, [this] { check(removeItemAt(currentRow())); });

    connect(m_listCombo, &QComboBox::activated, this,
            [this](int index) { setCurrentList(m_listCombo->itemData(index).toLongLong()); });
    connect(m_new, &QPushButton::clicked, this, &ShortlistDock::askNewList);
    connect(m_import, &QPushButton::clicked, this, &ShortlistDock::askImport);
    connect(m_rename, &QPushButton::clicked, this, &ShortlistDock::askRename);
    connect(m_duplicate, &QPushButton::clicked, this, &ShortlistDock::askDuplicate);
    connect(m_delete, &QPushButton::clicked, this, &ShortlistDock::deleteCurrent);
    connect(m_compare, &QPushButton::clicked, this, &ShortlistDock::compareList);
    connect(m_up, &QPushButton::clicked, this,
            [this] { check(moveItem(currentRow(), currentRow() - 1)); });
    connect(m_down, &QPushButton::clicked, this,
            [this] { check(moveItem(currentRow(), currentRow() + 1)); });
    connect(m_remove, &QPushButton::clicked, this, [this] { check(removeItemAt(currentRow())); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ShortlistDock::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ShortlistDock::updateButtons);
    connect(m_model, &ShortlistItemModel::quantityEdited, this, [this](qint64 item, int quantity) {
        if (check(m_repository->setQuantity(item, quantity > 0 ? std::optional<int>(quantity)
                                                               : std::nullopt)))
            rebuild();
    });
    connect(m_model, &ShortlistItemModel::noteEdited, this,
            [this](qint64 item, const QString &note) {
                if (check(m_repository->setNote(item, note)))
                    rebuild();
            });
    connect(m_model, &ShortlistItemModel::moveRequested, this, [this](qint64 item, int to) {
        if (check(m_repository->moveItem(m_currentId, item, to))) {
            rebuild();
            selectRow(to);
        }
    });
    connect(m_exportMenu, &ShortlistExportMenu::exported, this, [this](const QString &path) {
        Q_EMIT message(tr("Shortlist written to %1").arg(path));
    });

    retranslate();
    reload(m_settings.currentShortlistId());
}

ShortlistDock::~ShortlistDock() = default;

void ShortlistDock::setCatalog(const QList<GpuSpec> &gpus, const CatalogInfo &info)
{
    m_gpus = gpus;
    m_catalog = info;
    // At start the workload comes next (setWorkload), which rebuilds; no need to work out the
    // figures for no workload first.
    if (m_workload)
        rebuild();
}

void ShortlistDock::setWorkload(const std::optional<EstimateRequest> &workload,
                                const CostSettings &costs)
{
    m_workload = workload;
    m_costs = costs;
    rebuild();
}

void ShortlistDock::setCurrentList(qint64 id)
{
    if (id == m_currentId)
        return;
    m_currentId = id;
    m_settings.setCurrentShortlistId(id);
    const int index = m_listCombo->findData(id);
    if (index >= 0)
        m_listCombo->setCurrentIndex(index);
    rebuild();
}

const ShortlistReport &ShortlistDock::report() const
{
    return m_model->report();
}

void ShortlistDock::reload(qint64 select)
{
    const auto lists = m_repository->shortlists();
    if (!check(lists ? Status(Done{}) : Status(lists.error())))
        return;
    m_lists = *lists;
    const QSignalBlocker block(m_listCombo);
    m_listCombo->clear();
    for (const Shortlist &list : m_lists)
        m_listCombo->addItem(list.name, list.id);
    int index = m_listCombo->findData(select);
    if (index < 0 && !m_lists.isEmpty())
        index = 0;
    m_listCombo->setCurrentIndex(index);
    m_currentId = index >= 0 ? m_listCombo->itemData(index).toLongLong() : 0;
    m_settings.setCurrentShortlistId(m_currentId);
    rebuild();
}

void ShortlistDock::rebuild()
{
    Shortlist list;
    if (m_currentId) {
        const auto stored = m_repository->shortlist(m_currentId);
        if (stored && *stored)
            list = **stored;
    }
    const int row = currentRow();
    m_model->setReport(ShortlistReport::build(list, m_gpus, m_workload.value_or(EstimateRequest{}),
                                              m_costs, m_catalog));
    m_view->resizeColumnsToContents();
    // Room for a name before there are any, and no more than a long one needs.
    m_view->setColumnWidth(ShortlistItemModel::Gpu,
                           std::clamp(m_view->columnWidth(ShortlistItemModel::Gpu), 160, 260));
    if (row >= 0 && row < m_model->rowCount() && currentRow() < 0)
        selectRow(row);
    updateTotals();
    updateButtons();
}

Result<int> ShortlistDock::addGpus(const QStringList &ids)
{
    if (!m_currentId) {
        //: Name of the list made when the user adds a GPU before making any list
        const auto created = createList(tr("My shortlist"));
        if (!created)
            return created.error();
    }
    int added = 0;
    for (const QString &id : ids) {
        bool present = false;
        for (const ShortlistRow &row : report().rows)
            present = present || row.item.gpuId == id;
        if (present)
            continue;
        const auto item = m_repository->addItem(m_currentId, id);
        if (!item)
            return item.error();
        ++added;
        rebuild();
    }
    return added;
}

Result<qint64> ShortlistDock::createList(const QString &name)
{
    const auto id = m_repository->create(name.trimmed());
    if (id)
        reload(*id);
    return id;
}

Status ShortlistDock::renameCurrent(const QString &name)
{
    const Status renamed = m_repository->rename(m_currentId, name.trimmed());
    if (renamed)
        reload(m_currentId);
    return renamed;
}

Result<qint64> ShortlistDock::duplicateCurrent(const QString &name)
{
    const auto id = m_repository->duplicate(m_currentId, name.trimmed());
    if (id)
        reload(*id);
    return id;
}

bool ShortlistDock::deleteCurrent()
{
    if (!m_currentId)
        return false;
    const int items = int(report().rows.size());
    const auto answer = QMessageBox::question(
        this, tr("Delete the shortlist"),
        tr("Delete the shortlist '%1' and its %n item(s)? This cannot be undone.", nullptr, items)
            .arg(report().list.name),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes || !check(m_repository->remove(m_currentId)))
        return false;
    reload(0);
    return true;
}

Status ShortlistDock::removeItemAt(int row)
{
    const qint64 item = m_model->itemIdAt(row);
    if (!item)
        return Done{};
    const Status removed = m_repository->removeItem(item);
    if (removed) {
        rebuild();
        selectRow(std::min(row, m_model->rowCount() - 1));
    }
    return removed;
}

Status ShortlistDock::moveItem(int row, int newRow)
{
    const qint64 item = m_model->itemIdAt(row);
    if (!item || newRow < 0 || newRow >= m_model->rowCount() || newRow == row)
        return Done{};
    const Status moved = m_repository->moveItem(m_currentId, item, newRow);
    if (moved) {
        rebuild();
        selectRow(newRow);
    }
    return moved;
}

void ShortlistDock::compareList()
{
    QStringList ids;
    for (const ShortlistRow &row : report().rows) {
        if (row.gpu && !ids.contains(row.item.gpuId))
            ids.append(row.item.gpuId);
    }
    if (ids.size() > CompareView::MaxGpus) {
        const int most = CompareView::MaxGpus;
        Q_EMIT message(tr("The first %n GPU(s) of the list are compared.", nullptr, most));
        ids = ids.mid(0, most);
    }
    if (!ids.isEmpty())
        Q_EMIT compareRequested(ids);
}

void ShortlistDock::askNewList()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New shortlist"), tr("Name of the list:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const auto created = createList(name);
    check(created ? Status(Done{}) : Status(created.error()));
}

void ShortlistDock::askImport()
{
    const auto imported = ShortlistImport(*m_repository, m_gpus, this).askAndImport();
    if (!imported)
        return;
    reload(*imported);
    const int items = int(report().rows.size());
    Q_EMIT message(
        tr("Imported the shortlist '%1' with %n GPU(s).", nullptr, items).arg(report().list.name));
}

void ShortlistDock::askRename()
{
    if (!m_currentId)
        return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename the shortlist"), tr("New name of the list:"),
                              QLineEdit::Normal, report().list.name, &ok);
    if (ok && !name.trimmed().isEmpty() && name.trimmed() != report().list.name)
        check(renameCurrent(name));
}

void ShortlistDock::askDuplicate()
{
    if (!m_currentId)
        return;
    bool ok = false;
    //: Suggested name of a copy of a shortlist; %1 is the list's name
    const QString suggested = tr("%1 (copy)").arg(report().list.name);
    const QString name =
        QInputDialog::getText(this, tr("Duplicate the shortlist"), tr("Name of the copy:"),
                              QLineEdit::Normal, suggested, &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    const auto copied = duplicateCurrent(name);
    check(copied ? Status(Done{}) : Status(copied.error()));
}

int ShortlistDock::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void ShortlistDock::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_view->setCurrentIndex(m_model->index(row, ShortlistItemModel::Gpu));
    updateButtons();
}

bool ShortlistDock::check(const Status &status)
{
    if (status)
        return true;
    QMessageBox::warning(this, tr("Shortlist"), status.error().toString());
    return false;
}

void ShortlistDock::updateTotals()
{
    const ShortlistReport &r = report();
    if (!m_currentId) {
        m_totals->setText(tr("No shortlist yet: add a GPU from the table (Ctrl+Shift+L) or make "
                             "a new list."));
        return;
    }
    if (r.rows.isEmpty()) {
        m_totals->setText(tr("The list is empty: add GPUs from the table's context menu, the "
                             "details or the comparison (Ctrl+Shift+L)."));
        return;
    }
    const int cards = r.totals.cards;
    const int years = r.costs.years;
    if (!r.totals.purchaseSek) {
        // A purchase needs a price and a number of cards; when none of the GPUs has a price,
        // say so and where to set one.
        const bool priced =
            std::any_of(r.rows.cbegin(), r.rows.cend(),
                        [](const ShortlistRow &row) { return row.unitPriceSek.has_value(); });
        m_totals->setText(
            priced
                ? tr("Total: %n card(s); no cost is known for any of them: each lacks a price or a "
                     "number of cards (set a quantity)",
                     nullptr, cards)
                : tr("Total: %n card(s); no price is known for any of them (Catalog > Set "
                     "prices of the shown GPUs)",
                     nullptr, cards));
        return;
    }
    QString text = tr("Total: %n card(s), purchase %1, electricity %2 a year", nullptr, cards)
                       .arg(r.money(r.totals.purchaseSek), r.money(r.totals.electricityPerYearSek));
    text += QStringLiteral(", ") +
            tr("TCO over %n year(s) %1", nullptr, years).arg(r.money(r.totals.tcoSek));
    if (!r.totals.complete)
        text += u' ' + tr("(without the figures that are unknown)");
    m_totals->setText(text);
}

void ShortlistDock::updateButtons()
{
    const bool list = m_currentId != 0;
    const int row = currentRow();
    for (QPushButton *b : {m_rename, m_duplicate, m_delete})
        b->setEnabled(list);
    m_compare->setEnabled(m_model->rowCount() > 0);
    m_export->setEnabled(list);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_model->rowCount());
    m_remove->setEnabled(row >= 0);
}

void ShortlistDock::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

void ShortlistDock::retranslate()
{
    setWindowTitle(tr("Shortlist"));
    m_listLabel->setText(tr("L&ist:"));
    m_new->setText(tr("&New…"));
    //: Button of the shortlist dock: a new list from a JSON file
    m_import->setText(tr("Impor&t…"));
    m_import->setToolTip(tr("Make a new list from a shortlist exported as JSON"));
    m_rename->setText(tr("&Rename…"));
    m_duplicate->setText(tr("D&uplicate…"));
    m_delete->setText(tr("&Delete…"));
    m_compare->setText(tr("C&ompare the list"));
    m_compare->setToolTip(tr("Show the list's GPUs side by side in the Compare tab"));
    m_export->setText(tr("E&xport"));
    m_up->setText(tr("Move u&p"));
    m_down->setText(tr("Move do&wn"));
    m_remove->setText(tr("Re&move"));
    m_remove->setToolTip(tr("Take the selected GPU off the list (Delete)"));
    m_view->setToolTip(tr("Drag a row to reorder; double-click the quantity or the note to edit"));
    m_model->refreshTexts();
    updateTotals();
}
