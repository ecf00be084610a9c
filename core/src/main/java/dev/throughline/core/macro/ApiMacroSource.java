package dev.throughline.core.macro;

import dev.throughline.core.view.DevelopmentView;
import dev.throughline.core.view.OperatingTemplateView;
import dev.throughline.core.view.RecapsView;

import java.util.List;

/**
 * A macro source that reads Throughline's REST API: which address answers which read, in one place. A host says only
 * how one address is read as the viewer (Confluence over the application link to Jira, the sandbox over HTTP to
 * itself) and turned into its type.
 */
public abstract class ApiMacroSource implements MacroSource {

    /** The answer at {@code path} (below the API's root), read as the viewer and as {@code type}. */
    protected abstract <T> Reading<T> read(String path, Class<T> type);

    @Override
    public Reading<Long> pairing(String report, String manager) {
        return read(MacroPaths.pairings(report, manager), PairingRef[].class)
                .then(found -> MacroSource.first(List.of(found)));
    }

    @Override
    public Reading<DevelopmentView> development(long pairingId) {
        return read(MacroPaths.development(pairingId), DevelopmentView.class);
    }

    @Override
    public Reading<RecapsView> recaps(long pairingId, int limit) {
        return read(MacroPaths.recaps(pairingId, limit), RecapsView.class);
    }

    @Override
    public Reading<OperatingTemplateView> template(long pairingId) {
        return read(MacroPaths.template(pairingId), OperatingTemplateView.class);
    }
}
