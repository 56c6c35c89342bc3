import java.security.MessageDigest
import java.util.zip.ZipFile

def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.count('[INFO] Checked src/disclosure: 1 project files; errors: 0, warnings: 0') == 1 : 'one binding, one check'
assert log.contains('[INFO] Packaged the 23 files of the site in target/disclosure into target/package-deploy-1-site.zip')
assert log.contains('[INFO] Attached target/package-deploy-1-site.zip to the build as zip:site; mvn install or mvn deploy publishes it with the project')
assert log.contains('BUILD SUCCESS')

def deployed = new File(basedir, 'target/bureau-repository/org/gongkai/it/package-deploy/1')
assert new File(deployed, 'package-deploy-1.pom').isFile()
def zip = new File(deployed, 'package-deploy-1-site.zip')
assert zip.isFile()
assert zip.bytes == new File(basedir, 'target/package-deploy-1-site.zip').bytes
def entries = new ZipFile(zip).withCloseable { it.entries().toList() }
assert entries*.name.contains('.gongkai') && entries*.name.contains('zh/projects/sample.html')
// The time of project.build.outputTimestamp, on every entry.
assert entries.every { it.timeLocal == java.time.LocalDateTime.of(2024, 1, 1, 0, 0) }
return true
