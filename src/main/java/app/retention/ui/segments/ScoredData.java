package app.retention.ui.segments;

import app.retention.segment.RiskBands;
import app.retention.segment.ScoredCustomer;
import app.retention.store.ScoreRunRecord;

import java.util.List;
import java.util.Map;

/**
 * A scoring loaded for the builder: its record, the model's risk bands, the value column and every customer,
 * with the category columns a filter can use and their values (most customers first).
 */
public record ScoredData(ScoreRunRecord run, RiskBands bands, String valueColumn, List<ScoredCustomer> customers,
                  Map<String, List<String>> categories, boolean reused) {
}
