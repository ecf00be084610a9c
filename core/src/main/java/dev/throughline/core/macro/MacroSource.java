package dev.throughline.core.macro;

import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.OperatingTemplateView;
import dev.throughline.core.view.RecapsView;

import java.util.List;

/**
 * Where the macros read Throughline from, as the viewer, so the API's own checks decide what each viewer sees:
 * Jira over Confluence's application link, or the sandbox's own REST API. Each read says why when it has no data.
 */
public interface MacroSource {

    /** The one pairing the viewer shares with {@code report} (and {@code manager}, or null); none is "not permitted". */
    Reading<Long> pairing(String report, String manager);

    Reading<DevelopmentView> development(long pairingId);

    Reading<RecapsView> recaps(long pairingId, int limit);

    Reading<OperatingTemplateView> template(long pairingId);

    /** The first of the pairings found; none is "not permitted", whether there is none or none the viewer may see. */
    static Reading<Long> first(List<PairingRef> found) {
        return found.isEmpty() ? new Reading.NotPermitted<>() : new Reading.Data<>(found.get(0).id());
    }
}
