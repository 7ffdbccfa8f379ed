import org.graalvm.nativeimage.hosted.Feature;

import com.oracle.svm.core.option.HostedOptionValues;
import com.oracle.svm.core.option.RuntimeOptionValues;

/**
 * Part of the experimental bootstrap only (build.sh compiles it onto the image class path). With the builder
 * assembled from Maven Central, the snippet templates made for run-time compilation keep a reference to the
 * builder's own option values, whose option descriptors point at builder-only classes, and the image heap
 * scan rejects them. The compiler inside the image must see the image's run-time options instead.
 */
public final class BootstrapFeature implements Feature {
    @Override
    public void duringSetup(DuringSetupAccess access) {
        access.registerObjectReplacer(object -> object instanceof HostedOptionValues ? RuntimeOptionValues.singleton() : object);
    }
}
