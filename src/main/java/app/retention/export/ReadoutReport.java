package app.retention.export;

import app.retention.campaign.CampaignReadout;
import app.retention.evaluate.Interval;
import app.retention.evaluate.UpliftDeciles;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A campaign readout as a report a manager reads in two minutes (HTML or PDF, the brief's toolkit: one Mustache
 * XHTML template, openhtmltopdf with the standard fonts, a JFreeChart PNG): what we did, what happened, what it was
 * worth, how sure we are, what next, then the tables behind them. It names no customer.
 */
public final class ReadoutReport {

    private static final String TEMPLATE = "/app/retention/export/campaign-readout.html.mustache";
    private static final Template PAGE = compile();

    private ReadoutReport() {
    }

    /** The report as an XHTML document. */
    public static String html(CampaignReadout readout) {
        return PAGE.execute(view(readout));
    }

    /**
     * Writes the report as {@code .html} or {@code .pdf}, atomically (a failure leaves an earlier file as it was).
     *
     * @throws ExportException for another extension or a file that cannot be written
     */
    public static Path write(CampaignReadout readout, Path target) {
        String name = target.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] content;
        if (name.endsWith(".html")) {
            content = html(readout).getBytes(StandardCharsets.UTF_8);
        } else if (name.endsWith(".pdf")) {
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            try {
                BriefRenderer.renderPdf(html(readout), pdf);
            } catch (IOException e) {
                throw new UncheckedIOException("rendering into memory cannot fail for I/O reasons", e);
            }
            content = pdf.toByteArray();
        } else {
            throw new ExportException("Cannot tell the format of " + target.getFileName() + ": name it .html or .pdf.");
        }
        try (StagedFile file = StagedFile.beside(target, ExportJournal.NONE)) {
            try (OutputStream out = file.open()) {
                out.write(content);
            }
            file.commit();
            return file.target();
        } catch (IOException e) {
            throw StagedFile.failure(target.toAbsolutePath(), e);
        }
    }

    private static Map<String, Object> view(CampaignReadout r) {
        CampaignReadout.Summary c = r.campaign();
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("title", "Campaign readout: " + c.name());
        v.put("subtitle", "Segment " + c.segment() + " · model " + c.model() + " (" + c.modelLearner() + ") on "
                + c.dataset() + " · started " + c.startDate() + (c.outcomesFrom() == null ? ""
                : " · outcomes from " + Path.of(c.outcomesFrom()).getFileName()));
        v.put("did", r.words().whatWeDid());
        v.put("happened", r.words().whatHappened());
        v.put("worth", r.words().whatItWasWorth());
        v.put("sure", r.words().howSure());
        v.put("next", r.words().whatNext());
        CampaignReadout.Effect e = r.intentionToTreat();
        String unit = c.valueUnit() == null ? "" : " " + c.valueUnit();
        v.put("uplift", signedPoints(e.uplift()));
        v.put("upliftInterval", interval(e.upliftInterval(), 100, "%+.1f") + " points");
        v.put("saved", String.format(Locale.ROOT, "%,.0f", e.customersSaved()));
        v.put("savedInterval", interval(e.customersSavedInterval(), 1, "%,.0f"));
        v.put("roi", e.roi() == null ? "–" : String.format(Locale.ROOT, "%.0f%%", e.roi() * 100));
        v.put("roiInterval", e.roiInterval() == null ? (e.valueSaved() == null ? "no value column" : "")
                : interval(e.roiInterval(), 100, "%.0f%%"));
        List<Map<String, String>> arms = new ArrayList<>();
        for (CampaignReadout.ArmResult a : r.arms()) {
            arms.add(Map.of("arm", a.arm(), "assigned", String.format(Locale.ROOT, "%,d", a.assigned()),
                    "outcomes", String.format(Locale.ROOT, "%,d", a.withOutcome()),
                    "rate", a.churnRate() == null ? "–" : String.format(Locale.ROOT, "%.1f%%", a.churnRate() * 100),
                    "interval", interval(a.churnRateInterval(), 100, "%.1f%%"),
                    "reached", a.reached() == null ? "–" : String.format(Locale.ROOT, "%,d", a.reached()),
                    "checksum", a.checksumOk() ? "verified" : "CHANGED"));
        }
        v.put("arms", arms);
        List<Map<String, String>> effects = new ArrayList<>();
        effects.add(effect("Intention to treat", e, unit));
        if (r.perProtocol() != null) {
            effects.add(effect("Per protocol (reached only)", r.perProtocol(), unit));
        }
        if (r.modelVsRule() != null) {
            CampaignReadout.ModelVsRule mv = r.modelVsRule();
            effects.add(effect("Rule arm", mv.byRule(), unit));
            v.put("versus", String.format(Locale.ROOT, "Model vs rule (" + mv.rule() + "), for the same budget: the model kept %+.1f customers "
                    + "more per 100 contacts than the rule (95%% interval %s), p %s.",
                    mv.upliftDifference() * 100, interval(mv.upliftDifferenceInterval(), 100, "%+.1f"),
                    mv.pValue() < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "= %.4f", mv.pValue())));
        } else {
            v.put("versus", "");
        }
        v.put("effects", effects);
        v.put("ppWarning", r.perProtocolWarning() == null ? "" : r.perProtocolWarning());
        List<Map<String, String>> bands = new ArrayList<>();
        for (CampaignReadout.BandEffect b : r.bands()) {
            bands.add(Map.of("band", b.band(), "treated", String.format(Locale.ROOT, "%,d", b.treated()),
                    "control", String.format(Locale.ROOT, "%,d", b.control()),
                    "uplift", b.uplift() == null ? "–" : signedPoints(b.uplift()),
                    "interval", interval(b.upliftInterval(), 100, "%+.1f"),
                    "p", b.pValue() == null ? "–" : p(b.pValue())));
        }
        v.put("bands", bands);
        List<Map<String, String>> deciles = new ArrayList<>();
        for (UpliftDeciles.Decile d : r.deciles()) {
            deciles.add(Map.of("decile", String.valueOf(d.decile()),
                    "score", String.format(Locale.ROOT, "%.2f", d.meanScore()),
                    "treated", String.format(Locale.ROOT, "%,d", d.treated()),
                    "control", String.format(Locale.ROOT, "%,d", d.control()),
                    "uplift", Double.isNaN(d.uplift()) ? "–" : signedPoints(d.uplift()),
                    "interval", interval(d.interval(), 100, "%+.1f")));
        }
        v.put("deciles", deciles);
        List<double[]> points = r.qini().points().stream().map(q -> new double[] {q.k(), q.q()}).toList();
        v.put("qiniChart", BriefCharts.dataUri(BriefCharts.qini(points, 640, 250)));
        v.put("qini", String.format(Locale.ROOT, "%.2f", r.qini().coefficient()));
        CampaignReadout.Plan p = r.plan();
        v.put("planControl", percent(p.expectedControlChurnRate()));
        v.put("observedControl", percent(p.observedControlChurnRate()));
        v.put("planSaves", String.format(Locale.ROOT, "%,.0f", p.expectedSaves()));
        v.put("observedSaves", String.format(Locale.ROOT, "%,.0f", p.observedSaves()));
        v.put("planRoi", p.expectedRoi() == null ? "–" : String.format(Locale.ROOT, "%.0f%%", p.expectedRoi() * 100));
        v.put("observedRoi", p.observedRoi() == null ? "–" : String.format(Locale.ROOT, "%.0f%%",
                p.observedRoi() * 100));
        CampaignReadout.Checks k = r.checks();
        List<String> checks = new ArrayList<>();
        checks.add(String.format(Locale.ROOT, "Control share %.1f%% planned, %.1f%% observed: sample-ratio p %s%s.",
                k.plannedControlShare() * 100, k.observedControlShare() * 100,
                k.sampleRatioP() < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "= %.4f", k.sampleRatioP()),
                k.sampleRatioMismatch() ? " (mismatch)" : " (as planned)"));
        checks.add(k.detectableUplift() == null ? "The arms were too small to detect any drop in churn."
                : "Smallest drop in churn these arms could reliably detect: " + points(k.detectableUplift()) + ".");
        checks.add("Customers in two arms: " + k.customersInTwoArms() + "; outcomes dated before the start: "
                + k.outcomesBeforeStart() + "; arms' checksums " + (k.checksumsOk() ? "verified" : "CHANGED") + ".");
        v.put("checks", checks);
        v.put("warnings", k.warnings());
        return v;
    }

    private static Map<String, String> effect(String title, CampaignReadout.Effect e, String unit) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("treated", String.format(Locale.ROOT, "%,d", e.treated()));
        m.put("control", String.format(Locale.ROOT, "%,d", e.control()));
        m.put("uplift", signedPoints(e.uplift()) + " (" + interval(e.upliftInterval(), 100, "%+.1f") + ")");
        m.put("p", p(e.pValue()));
        m.put("saved", String.format(Locale.ROOT, "%,.0f (%s)", e.customersSaved(),
                interval(e.customersSavedInterval(), 1, "%,.0f")));
        m.put("value", e.valueSaved() == null ? "–" : String.format(Locale.ROOT, "%,.0f%s", e.valueSaved(), unit));
        m.put("cost", String.format(Locale.ROOT, "%,.0f%s", e.cost(), unit));
        m.put("net", e.netValue() == null ? "–" : String.format(Locale.ROOT, "%,.0f%s", e.netValue(), unit));
        m.put("roi", e.roi() == null ? "–" : String.format(Locale.ROOT, "%.0f%% (%s)", e.roi() * 100,
                interval(e.roiInterval(), 100, "%.0f%%")));
        return m;
    }

    private static String interval(Interval i, double scale, String format) {
        return i == null ? "–" : String.format(Locale.ROOT, format + " to " + format, i.low() * scale,
                i.high() * scale);
    }

    private static String signedPoints(double share) {
        return String.format(Locale.ROOT, "%+.1f points", share * 100);
    }

    private static String points(double share) {
        return String.format(Locale.ROOT, "%.1f points", share * 100);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String p(double p) {
        return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }

    private static Template compile() {
        try (InputStream in = ReadoutReport.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the readout template " + TEMPLATE + " is missing from the build");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return Mustache.compiler().emptyStringIsFalse(true).zeroIsFalse(false).escapeHTML(true)
                        .compile(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
