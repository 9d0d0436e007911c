#!/usr/bin/env bash
# The Littlest JupyterHub for a RealNet workshop of up to about 100 people.
# Run on a fresh Ubuntu 22.04/24.04 server as a user with sudo (see docs/deploy.md).
set -euo pipefail

# 1. Install TLJH with the admin account "facilitator" and its password set now, so nobody
#    can claim the admin name by logging in first (export FACILITATOR_PASSWORD beforehand).
: "${FACILITATOR_PASSWORD:?export FACILITATOR_PASSWORD=... (the password of the facilitator) first}"
curl -L https://tljh.jupyter.org/bootstrap.py \
  | sudo -E python3 - --admin "facilitator:${FACILITATOR_PASSWORD}" --show-progress-page

# 2. RealNet Kit and nbgitpuller in the participants' environment, pinned to the release.
#    The constraints pin every library to the versions this release was tested with.
sudo -E /opt/tljh/user/bin/python -m pip install \
  -c https://raw.githubusercontent.com/realnet-kit/realnet-kit/v0.1.0/constraints.txt \
  "realnet-kit @ git+https://github.com/realnet-kit/realnet-kit@v0.1.0" "nbgitpuller>=1.2"
#    JupyterLab's news and update checks answered "no" for everyone, so Lab never asks.
sudo -E /opt/tljh/user/bin/python -c "import pathlib, shutil, sys; from realnet_kit.session.servers import LAB_SETTINGS; d = pathlib.Path(sys.prefix, 'share/jupyter/lab/settings'); d.mkdir(parents=True, exist_ok=True); shutil.copy(LAB_SETTINGS / 'overrides.json', d)"

# 3. JupyterLab by default, sensible limits per participant, idle servers stopped.
sudo tljh-config set user_environment.default_app jupyterlab
sudo tljh-config set limits.memory 1G
sudo tljh-config set limits.cpu 1
sudo tljh-config set services.cull.enabled true
sudo tljh-config set services.cull.timeout 3600
sudo tljh-config set services.cull.every 300

# 4. Participants choose their own password the first time they log in.
sudo tljh-config set auth.type firstuseauthenticator.FirstUseAuthenticator
sudo tljh-config set auth.FirstUseAuthenticator.create_users true

# 5. HTTPS with Let's Encrypt (replace the domain and the e-mail address).
sudo tljh-config set https.enabled true
sudo tljh-config set https.letsencrypt.email facilitator@example.org
sudo tljh-config add-item https.letsencrypt.domains hub.example.org

# 6. The room (docs/facilitator.md, "The room"): one shared folder where each participant
#    who joins writes their own anonymous seat file. The group jupyterhub-users (every hub
#    user) may write there; the sticky bit stops anyone removing another's file; setgid
#    makes every file the group's, so the facilitator can read it. The room is offered to
#    everyone: nothing is shared until a participant presses "Join the room" in notebook 00.
sudo groupadd -f jupyterhub-users
sudo install -d -m 3770 -o root -g jupyterhub-users /srv/realnet-room
echo 'c.Spawner.environment.update({"REALNET_ROOM_OFFER": "/srv/realnet-room"})' \
  | sudo tee /opt/tljh/config/jupyterhub_config.d/realnet-room.py

# 7. Apply everything.
sudo tljh-config reload proxy
sudo tljh-config reload hub
