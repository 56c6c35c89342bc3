// The wrapper of the repository, copied in as a user's project would have it: ./mvnw and .mvn/wrapper/.
import java.nio.file.Files
import java.nio.file.StandardCopyOption

def root = new File(repositoryRoot)
def copy = { String path ->
    def target = new File(basedir, path)
    target.parentFile.mkdirs()
    Files.copy(new File(root, path).toPath(), target.toPath(), StandardCopyOption.REPLACE_EXISTING)
}
copy('mvnw')
copy('.mvn/wrapper/maven-wrapper.properties')
new File(basedir, 'mvnw').setExecutable(true)
assert !new File(basedir, 'pom.xml').exists() : 'the newcomer starts without a POM'
return true
