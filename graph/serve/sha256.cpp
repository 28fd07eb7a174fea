#include "graph/serve/sha256.h"

#include <openssl/evp.h>

#include <stdexcept>

namespace claimgraph {

std::string sha256_base64(std::string_view data) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (!EVP_Digest(data.data(), data.size(), digest, &size, EVP_sha256(), nullptr))
    throw std::runtime_error("SHA-256 failed");
  std::string out(4 * ((size + 2) / 3) + 1, '\0');
  int written = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), digest, size);
  out.resize(static_cast<std::size_t>(written));
  return out;
}

}  // namespace claimgraph
