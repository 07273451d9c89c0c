/* eslint-disable no-undef */
/**
 * HTTPS for the dev server without ever dying on a missing sudo or certificate authority. Excel
 * needs https; a plain browser on a machine without Excel does not. So: installed Office
 * development certificates are used when present; on Windows and macOS they are installed the
 * template's way (office-addin-dev-certs); anywhere else, or if that fails, the server runs on
 * plain http and says so.
 */
const devCerts = require("office-addin-dev-certs");

async function httpsOptionsOrNull() {
  if (process.env.RAMKOLL_HTTP === "1") return null;
  try {
    if (devCerts.verifyCertificates()) return await devCerts.getHttpsServerOptions();
    if (process.platform === "win32" || process.platform === "darwin") return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`Could not set up development certificates (${error.message}); serving over http.`);
  }
  return null;
}

module.exports = { httpsOptionsOrNull };
