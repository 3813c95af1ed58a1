package dev.safegrade.internal.model;

import org.kie.api.definition.type.ClassReactive;
import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;

/** An element of the fact document that rules match on; knows where it stands in the document. */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@ClassReactive
public abstract class Element {
    @JsonIgnore
    private String path = "";
    @JsonIgnore
    private int index = -1;

    /** RFC 6901 JSON Pointer of this element, e.g. {@code /enterprise/accidents/2}. */
    public String getPath() {
        return path;
    }

    /** Position in its list, or -1 for a single object. */
    public int getIndex() {
        return index;
    }

    /** The JSON Pointer of a key of this element, for {@code notEvaluated}. */
    public String missing(String key) {
        return path + "/" + key;
    }

    void locate(String path, int index) {
        this.path = path;
        this.index = index;
    }

    /** Sets the pointers of this element's children; called once after binding. */
    void locateChildren() {
    }

    static void locateAll(java.util.List<? extends Element> list, String listPath) {
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Element e = list.get(i);
            e.locate(listPath + "/" + i, i);
            e.locateChildren();
        }
    }
}
