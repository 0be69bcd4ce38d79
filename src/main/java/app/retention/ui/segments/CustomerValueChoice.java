package app.retention.ui.segments;

import app.retention.data.DatasetCatalog;
import app.retention.domain.ColumnInfo;
import app.retention.domain.ColumnRole;
import app.retention.domain.CustomerValue;
import app.retention.domain.DatasetInfo;
import app.retention.error.WorkbenchException;
import app.retention.ui.common.BackgroundTasks;
import app.retention.ui.common.ErrorReporter;
import app.retention.usecase.ValueChoice;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the Segments screen reads customer value (CLV) from: one of the chosen dataset's numeric columns or none, its
 * currency, and whether it is a lifetime value or a monthly amount. What the user chooses is stored for the dataset
 * (every version) and shown again when it is chosen; nothing is guessed from a column's name (finding M5).
 */
public final class CustomerValueChoice {

    /** The value column choice that reads no value: value at risk is not computed. */
    public static final String NO_VALUE = "(none)";

    /** The currency choice for plain amounts. */
    public static final String NO_CURRENCY = "(none)";

    private static final List<String> CURRENCIES = List.of(NO_CURRENCY, "BRL", "USD", "EUR", "GBP", "MXN", "ARS",
            "COP", "CLP", "PEN", "CAD");

    private final DatasetCatalog datasetStore;
    private final BackgroundTasks tasks;
    private final ErrorReporter errors;
    /** The value stored for each dataset name, as last read or chosen. */
    private Map<String, CustomerValue> stored = Map.of();
    /** The dataset the value is chosen for; null for none. */
    private String datasetName;
    private final ObservableList<String> valueColumns = FXCollections.observableArrayList();
    private final ObjectProperty<String> valueColumn = new SimpleObjectProperty<>();
    private final ObservableList<String> currencies = FXCollections.observableArrayList(CURRENCIES);
    private final ObjectProperty<String> currency = new SimpleObjectProperty<>(NO_CURRENCY);
    private final ObjectProperty<CustomerValue.Basis> basis = new SimpleObjectProperty<>(CustomerValue.Basis.LIFETIME);
    private final ObjectProperty<Integer> months = new SimpleObjectProperty<>(12);
    private final ReadOnlyObjectWrapper<CustomerValue> customerValue = new ReadOnlyObjectWrapper<>(CustomerValue.NONE);
    /** Set while the value stored for a dataset is shown: what the user did not choose is not stored again. */
    private boolean showingStored;

    CustomerValueChoice(DatasetCatalog datasetStore, BackgroundTasks tasks, ErrorReporter errors) {
        this.datasetStore = datasetStore;
        this.tasks = tasks;
        this.errors = errors;
        for (ObjectProperty<?> part : List.of(valueColumn, currency, basis, months)) {
            part.addListener((obs, was, now) -> changed());
        }
    }

    /** The values stored for the datasets, by name, as just read in the background. */
    void storedValues(Map<String, CustomerValue> values) {
        stored = values;
    }

    /**
     * The value column choices of a dataset (none, or one of its numeric columns), showing the value the user set
     * for it; for a dataset without one, the value chosen for the last dataset when it has that column, else none.
     *
     * @param dataset the chosen dataset, or null for none
     */
    void offer(DatasetInfo dataset, List<ColumnInfo> columns) {
        datasetName = dataset == null ? null : dataset.name();
        List<String> offered = new ArrayList<>(List.of(NO_VALUE));
        columns.stream().filter(c -> c.type().isNumeric() && c.role() != ColumnRole.ID && c.role() != ColumnRole.TARGET)
                .map(ColumnInfo::name).forEach(offered::add);
        CustomerValue set = dataset == null ? CustomerValue.NONE : stored.getOrDefault(datasetName, CustomerValue.NONE);
        CustomerValue kept = customerValue.get();
        CustomerValue shown = set.isSet() && offered.contains(set.column()) ? set
                : kept.isSet() && offered.contains(kept.column()) ? kept : CustomerValue.NONE;
        showingStored = true;
        try {
            valueColumns.setAll(offered);
            show(shown);
        } finally {
            showingStored = false;
        }
        if (shown != set && shown.isSet()) {
            store(shown); // carried over from the last dataset: it is the user's choice for this one too
        }
    }

    /** Shows a saved segment's value, not stored for the dataset; left as it is when the dataset lacks its column. */
    void reopen(CustomerValue value) {
        if (!value.isSet() || valueColumns.contains(value.column())) {
            showingStored = true;
            try {
                show(value);
            } finally {
                showingStored = false;
            }
        }
    }

    private void show(CustomerValue value) {
        valueColumn.set(value.isSet() ? value.column() : NO_VALUE);
        currency.set(value.currency().isEmpty() ? NO_CURRENCY : value.currency());
        basis.set(value.basis());
        months.set(value.basis() == CustomerValue.Basis.MONTHLY ? value.months() : 12);
        customerValue.set(value);
    }

    /** Another column, currency or basis: the value the screen uses, stored for the dataset when the user chose it. */
    private void changed() {
        if (showingStored) {
            return;
        }
        String column = valueColumn.get();
        CustomerValue value;
        try {
            value = column == null || column.equals(NO_VALUE) ? CustomerValue.NONE : new CustomerValue(column,
                    NO_CURRENCY.equals(currency.get()) ? "" : currency.get(), basis.get() == null
                    ? CustomerValue.Basis.LIFETIME : basis.get(), months.get() == null ? 12 : months.get());
        } catch (IllegalArgumentException e) {
            errors.report(new WorkbenchException(e.getMessage()));
            return;
        }
        if (!value.equals(customerValue.get())) {
            customerValue.set(value);
            store(value);
        }
    }

    private void store(CustomerValue value) {
        String name = datasetName;
        if (name == null) {
            return;
        }
        Map<String, CustomerValue> values = new HashMap<>(stored);
        values.put(name, value);
        stored = values;
        tasks.submit("Saving the customer value of " + name, ctx -> datasetStore.setCustomerValue(name, value),
                saved -> { }, errors::report);
    }

    /** "(none)" and the chosen dataset's numeric columns: where customer value (CLV) is read from. */
    public ObservableList<String> valueColumns() {
        return valueColumns;
    }

    /** The column customer value is read from, or {@link #NO_VALUE} (the default, until the user chooses one). */
    public ObjectProperty<String> valueColumnProperty() {
        return valueColumn;
    }

    /** "(none)" and the currency codes a value can be in. */
    public ObservableList<String> currencies() {
        return currencies;
    }

    /** The value's currency code, or {@link #NO_CURRENCY}. */
    public ObjectProperty<String> currencyProperty() {
        return currency;
    }

    /** Whether the column is a lifetime value or a monthly amount. */
    public ObjectProperty<CustomerValue.Basis> basisProperty() {
        return basis;
    }

    /** The months a monthly amount is projected over. */
    public ObjectProperty<Integer> monthsProperty() {
        return months;
    }

    /** The customer value these choices make, {@link CustomerValue#NONE} without a column. */
    public ReadOnlyObjectProperty<CustomerValue> customerValueProperty() {
        return customerValue.getReadOnlyProperty();
    }

    /** The value as the preparation takes it. */
    ValueChoice valueChoice() {
        return ValueChoice.of(customerValue.get());
    }
}
