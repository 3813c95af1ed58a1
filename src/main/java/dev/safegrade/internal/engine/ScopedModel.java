package dev.safegrade.internal.engine;

import java.util.List;
import java.util.function.Predicate;
import org.drools.model.EntryPoint;
import org.drools.model.Global;
import org.drools.model.Model;
import org.drools.model.Query;
import org.drools.model.Rule;
import org.drools.model.TypeMetaData;

/** A precompiled model with only some of its rules (its declared types, globals and functions stay whole). */
record ScopedModel(Model model, Predicate<Rule> keep) implements Model {
    @Override
    public String getName() {
        return model.getName();
    }

    @Override
    public String getPackageName() {
        return model.getPackageName();
    }

    @Override
    public List<Global> getGlobals() {
        return model.getGlobals();
    }

    @Override
    public List<Rule> getRules() {
        return model.getRules().stream().filter(keep).toList();
    }

    @Override
    public List<Query> getQueries() {
        return model.getQueries();
    }

    @Override
    public List<TypeMetaData> getTypeMetaDatas() {
        return model.getTypeMetaDatas();
    }

    @Override
    public List<EntryPoint> getEntryPoints() {
        return model.getEntryPoints();
    }
}
